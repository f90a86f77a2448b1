// The layering rules are part of the architecture: prove that ESLint rejects each wrong direction.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('import layering', () => {
  it('forbids the renderer from importing electron/ or Electron itself', async () => {
    expect(
      await restrictedImports(
        'renderer/overview/x.ts',
        "import { x } from '../../electron/main';\nexport { x };\n",
      ),
    ).toHaveLength(1);
    expect(
      await restrictedImports(
        'renderer/overview/x.ts',
        "import { ipcRenderer } from 'electron';\nexport { ipcRenderer };\n",
      ),
    ).toHaveLength(1);
  });

  it('forbids shared/ from importing renderer/, electron/ or Node', async () => {
    expect(
      await restrictedImports(
        'shared/package/x.ts',
        "import { host } from '../../renderer/host';\nexport { host };\n",
      ),
    ).toHaveLength(1);
    expect(
      await restrictedImports(
        'shared/package/x.ts',
        "import { a } from '../../electron/ipc';\nexport { a };\n",
      ),
    ).toHaveLength(1);
    expect(
      await restrictedImports(
        'shared/package/x.ts',
        "import { readFile } from 'node:fs';\nexport { readFile };\n",
      ),
    ).toHaveLength(1);
  });

  it('keeps ipcMain to electron/ipc.ts', async () => {
    const code = "import { ipcMain } from 'electron';\nexport { ipcMain };\n";
    expect(await restrictedImports('electron/window.ts', code)).toHaveLength(1);
    expect(await restrictedImports('electron/ipc.ts', code)).toHaveLength(0);
  });

  it('lets the renderer use shared/', async () => {
    expect(
      await restrictedImports(
        'renderer/overview/x.ts',
        "import { ok } from '../../shared/result';\nexport { ok };\n",
      ),
    ).toEqual([]);
  });
});
