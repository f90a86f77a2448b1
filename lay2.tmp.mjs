import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
cytoscape.use(fcose);
for (const styleEnabled of [false, true]) {
const n = 1000, m = 5000;
const els = [];
for (let i = 0; i < n; i++) els.push({ data: { id: 'n' + i } });
let s = 1; const r = () => (s = (s * 16807) % 2147483647) / 2147483647;
for (let j = 0; j < m; j++) { const a = Math.floor(r() * n); const b = Math.floor(a/20)*20 + Math.floor(r()*20); if (a===b) continue; els.push({ data: { id: 'e' + j, source: 'n' + a, target: 'n' + b } }); }
const t = performance.now();
const cy = cytoscape({ headless: true, styleEnabled, elements: els, style: styleEnabled ? [{selector:'node', style:{width:30,height:30}}] : undefined });
cy.layout({ name: 'fcose', quality: 'draft', animate: false, randomize: true }).run();
let minD = Infinity; const ps = cy.nodes().map(n => n.position());
for (let i = 0; i < 200; i++) for (let j = i+1; j < 200; j++) minD = Math.min(minD, Math.hypot(ps[i].x-ps[j].x, ps[i].y-ps[j].y));
console.log(styleEnabled, 'ms', Math.round(performance.now() - t), 'minDist', minD.toFixed(1), cy.nodes()[0].width());
}
