// The WHATWG URL class exists in every runtime shared/ runs in (browsers, workers, Node),
// but shared/ compiles without DOM or Node types, so declare the part it uses.
declare class URL {
  constructor(url: string, base?: string | URL);
  readonly protocol: string;
  readonly username: string;
  readonly password: string;
  readonly pathname: string;
  readonly origin: string;
  toString(): string;
}
