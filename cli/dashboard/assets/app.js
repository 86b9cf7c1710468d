// The dashboard page: live prices from server-sent events, the job's batch metrics, and the ask box.
/* global uPlot */
'use strict';

const MAX_POINTS = 2000; // per symbol on the price chart
const COLOURS = ['#2563eb', '#dc2626', '#16a34a', '#9333ea', '#ea580c', '#0891b2', '#be185d', '#4d7c0f'];
const $ = (id) => document.getElementById(id);

// How long each pushed update takes to draw (the last 500), for the benchmark's responsiveness figure; the charts,
// for the browser test.
const stats = (window.stockctlStats = { updates: [], charts: {} });

const state = {
  symbols: [], // on the price chart
  series: new Map(), // symbol -> [[t, close], …] oldest first
  names: new Map(),
  rows: new Map(), // symbol -> rows received
  received: 0,
  rate: [], // [time, landed] of recent updates
};

function sized(el, height) {
  return { width: Math.max(300, el.clientWidth - 4), height };
}

// A value axis as wide as its longest label ("200,000" is not cut to "0,000"): uPlot asks again while the
// labels change, and takes the size it had once it has asked twice in one redraw.
function fitAxis(self, values, axisIdx, cycleNum) {
  const axis = self.axes[axisIdx];
  if (cycleNum > 1) return axis._size;
  const longest = (values || []).reduce((a, v) => (String(v).length > a.length ? String(v) : a), '');
  self.ctx.font = axis.font[0];
  return Math.ceil(axis.ticks.size + axis.gap + self.ctx.measureText(longest).width / devicePixelRatio + 2);
}

// ---- price chart --------------------------------------------------------------------------------------------

let priceChart;

function priceData() {
  const indexed = $('indexed').checked && state.symbols.length > 1;
  const tables = state.symbols.map((s) => {
    const pts = state.series.get(s) || [];
    const base = pts.length ? pts[0][1] : 1;
    return [pts.map((p) => p[0]), pts.map((p) => (indexed ? (100 * p[1]) / base : p[1]))];
  });
  if (tables.length === 0) return [[]];
  return uPlot.join(tables);
}

function drawPrices() {
  const el = $('price-chart');
  const data = priceData();
  const points = state.symbols.reduce((n, s) => n + (state.series.get(s) || []).length, 0);
  el.dataset.points = String(points);
  const key = state.symbols.join(',') + $('indexed').checked;
  if (priceChart && priceChart.key === key) {
    priceChart.setData(data);
    return;
  }
  if (priceChart) priceChart.destroy();
  priceChart = new uPlot(
    {
      ...sized(el, 320),
      scales: { x: { time: true } },
      series: [{}, ...state.symbols.map((s, i) => ({ label: s, stroke: COLOURS[i % COLOURS.length], width: 1.5, spanGaps: true, points: { show: false } }))],
      axes: [{}, { size: fitAxis }],
    },
    data,
    el,
  );
  priceChart.key = key;
  stats.charts['price-chart'] = priceChart;
}

// The stored history of the symbols, which live points then extend; an unknown symbol is refused (its message).
async function loadHistory(symbols) {
  if (symbols.length === 0) return undefined;
  const res = await fetch(`/api/history?symbols=${encodeURIComponent(symbols.join(','))}&limit=500`);
  if (res.status === 400) return (await res.json()).error;
  if (!res.ok) return undefined; // the database is down: the live stream says so, and fills the chart later
  const history = await res.json();
  for (const [s, pts] of Object.entries(history)) state.series.set(s, pts);
  return undefined;
}

function addPoints(points, counts) {
  for (const [s, n] of Object.entries(counts || {})) state.rows.set(s, (state.rows.get(s) || 0) + n);
  if (state.symbols.length === 0 && Object.keys(points).length) {
    // Nothing had landed when the page opened: follow the first symbols that do.
    state.symbols = Object.keys(points).slice(0, 5);
    $('symbols').value = state.symbols.join(',');
  }
  for (const [s, pts] of Object.entries(points)) {
    if (!state.symbols.includes(s)) continue;
    const list = state.series.get(s) || [];
    for (const p of pts) list.push(p);
    list.sort((a, b) => a[0] - b[0]);
    // A row that landed while the history was read arrives again live: one point per market time.
    const once = list.filter((p, i) => i === 0 || p[0] !== list[i - 1][0]);
    state.series.set(s, once.slice(-MAX_POINTS));
  }
}

let namesAsked = 0;

async function refreshNames() {
  // Symbols that landed after the page opened: their company names, at most every 10 s.
  if (Date.now() - namesAsked < 10_000) return;
  namesAsked = Date.now();
  const res = await fetch('/api/symbols');
  if (!res.ok) return;
  for (const s of await res.json()) state.names.set(s.symbol, s.name || '');
  for (const row of $('tickers').tBodies[0].rows) row.cells[1].textContent = state.names.get(row.dataset.symbol) || '';
}

function drawTickers(points) {
  const body = $('tickers').tBodies[0];
  if (Object.keys(points).some((s) => !state.names.has(s))) refreshNames();
  const rows = new Map([...body.rows].map((r) => [r.dataset.symbol, r]));
  for (const [s, pts] of Object.entries(points)) {
    const last = pts[pts.length - 1];
    let row = rows.get(s);
    if (!row) {
      row = body.insertRow();
      row.dataset.symbol = s;
      for (let i = 0; i < 5; i++) row.insertCell();
      row.cells[0].textContent = s;
      row.cells[1].textContent = state.names.get(s) || '';
      for (const i of [2, 4]) row.cells[i].className = 'num';
    }
    row.cells[2].textContent = String(last[1]);
    row.cells[3].textContent = new Date(last[0] * 1000).toISOString().slice(0, 16).replace('T', ' ');
    row.cells[4].textContent = String(state.rows.get(s) || 0);
  }
}

// ---- health charts --------------------------------------------------------------------------------------------

const health = {};

function drawHealth(batches) {
  const x = batches.map((b) => Date.parse(b.committed_at) / 1000);
  const charts = {
    'lag-chart': batches.map((b) => b.kafka_lag),
    'landed-chart': batches.map((b) => b.landed),
    'duration-chart': batches.map((b) => b.trigger_ms),
    'quarantine-chart': batches.map((b) => b.quarantined),
  };
  for (const [id, y] of Object.entries(charts)) {
    const data = [x, y];
    if (health[id]) {
      health[id].setData(data);
      continue;
    }
    const el = $(id);
    health[id] = new uPlot({ ...sized(el, 120), legend: { show: false }, scales: { x: { time: true } }, series: [{}, { stroke: '#2563eb', width: 1.5, spanGaps: true }], axes: [{ size: 30 }, { size: fitAxis }] }, data, el);
    stats.charts[id] = health[id];
  }
}

// ---- alerts ----------------------------------------------------------------------------------------------------

const ALERTS_KEPT = 200;
const alertIds = new Set();

function formatValues(values) {
  return Object.entries(values || {})
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => `${k.replace(/_/g, ' ')} ${Math.abs(v) < 1 && v !== 0 && /change/.test(k) ? `${(100 * v).toFixed(2)}%` : Number(v).toLocaleString(undefined, { maximumFractionDigits: 2 })}`)
    .join(', ');
}

// Newest first; an alert already shown (the opening list and the live stream can meet) is not shown twice.
function addAlerts(alerts, fresh) {
  const body = $('alerts-table').tBodies[0];
  for (const a of alerts) {
    if (alertIds.has(a.id)) continue;
    alertIds.add(a.id);
    const tr = document.createElement('tr');
    tr.dataset.id = String(a.id);
    if (fresh) tr.className = 'new';
    for (const text of [a.market_time, a.symbol, a.condition, formatValues(a.values), a.fired_at.slice(0, 19)]) tr.appendChild(Object.assign(document.createElement('td'), { textContent: text }));
    body.insertBefore(tr, body.firstChild);
  }
  while (body.rows.length > ALERTS_KEPT) body.deleteRow(body.rows.length - 1);
  if (alertIds.size) $('alerts-count').textContent = `${Math.min(alertIds.size, ALERTS_KEPT).toLocaleString()} shown, the newest first`;
}

async function loadAlerts() {
  const res = await fetch('/api/alerts');
  if (res.ok) addAlerts(await res.json(), false);
}

// ---- live updates ---------------------------------------------------------------------------------------------

function connect() {
  const events = new EventSource('/events');
  events.addEventListener('open', () => {
    $('connection').textContent = 'live';
    $('connection').className = 'pill live';
  });
  events.addEventListener('error', () => {
    $('connection').textContent = 'reconnecting…';
    $('connection').className = 'pill down';
  });
  // The server is up but the database is not (stopped, restarting): said until an update arrives again.
  events.addEventListener('problem', (e) => {
    $('connection').textContent = 'database down';
    $('connection').className = 'pill down';
    $('connection').title = JSON.parse(e.data).message;
  });
  events.addEventListener('update', (e) => {
    const started = performance.now();
    if ($('connection').textContent !== 'live') {
      $('connection').textContent = 'live';
      $('connection').className = 'pill live';
      $('connection').title = '';
    }
    const { prices, batches, alerts, at } = JSON.parse(e.data);
    if (alerts && alerts.length) addAlerts(alerts, true);
    // Those fired between the page's first read and its joining the stream: read again once it is live.
    if (!state.alertsCaughtUp) {
      state.alertsCaughtUp = true;
      loadAlerts();
    }
    state.received += prices.landed;
    $('received').textContent = state.received.toLocaleString();
    state.rate.push([Date.parse(at), prices.landed]);
    state.rate = state.rate.filter(([t]) => t > Date.parse(at) - 10_000);
    const span = Math.max(1, (state.rate[state.rate.length - 1][0] - state.rate[0][0]) / 1000);
    $('rate').textContent = Math.round(state.rate.slice(1).reduce((n, [, c]) => n + c, 0) / span).toLocaleString();
    if (prices.marketTime) $('market-date').textContent = prices.marketTime.slice(0, 10);
    addPoints(prices.points, prices.counts);
    drawTickers(prices.points);
    drawPrices();
    drawHealth(batches);
    stats.updates.push(performance.now() - started);
    if (stats.updates.length > 500) stats.updates.shift();
  });
}

// ---- ask --------------------------------------------------------------------------------------------------------

let answerChart;

function showAnswer(result) {
  $('reading').textContent = result.restatement ? `read as: ${result.restatement}` : '';
  $('notes').replaceChildren(...(result.notes || []).map((n) => Object.assign(document.createElement('li'), { textContent: n })));
  $('sql').textContent = result.sql ? `${result.sql}\n-- parameters: ${JSON.stringify(result.params)}` : '';
  const table = $('answer');
  table.replaceChildren();
  if (answerChart) {
    answerChart.destroy();
    answerChart = undefined;
  }
  if (result.notUnderstood) {
    const p = Object.assign(document.createElement('p'), { className: 'error', textContent: `Could not answer: ${result.notUnderstood.problem}. Try: ${result.notUnderstood.suggestions.join(' · ')}` });
    $('reading').replaceChildren(p);
    return;
  }
  if (!result.columns) return;
  const head = table.createTHead().insertRow();
  for (const c of result.columns) head.appendChild(Object.assign(document.createElement('th'), { textContent: c }));
  const body = table.createTBody();
  for (const row of result.rows) {
    const tr = body.insertRow();
    for (const c of result.columns) {
      const td = tr.insertCell();
      const v = row[c];
      td.textContent = v === null || v === undefined ? '' : String(v);
      if (typeof v === 'number') td.className = 'num';
    }
  }
  drawAnswerChart(result);
}

function drawAnswerChart(result) {
  const el = $('answer-chart');
  const spec = result.chart;
  const numeric = result.columns.filter((c) => result.rows.length && typeof result.rows[0][c] === 'number');
  if (spec && result.rows.length > 1) {
    // A time series: one line per symbol.
    const bySeries = new Map();
    for (const r of result.rows) {
      const key = spec.series ? r[spec.series] : 'value';
      if (!bySeries.has(key)) bySeries.set(key, []);
      bySeries.get(key).push([Date.parse(`${String(r[spec.x]).slice(0, 19)}Z`) / 1000, Number(r[spec.y])]);
    }
    const names = [...bySeries.keys()];
    const data = uPlot.join(names.map((k) => {
      const pts = bySeries.get(k).sort((a, b) => a[0] - b[0]);
      return [pts.map((p) => p[0]), pts.map((p) => p[1])];
    }));
    answerChart = new uPlot({ ...sized(el, 260), scales: { x: { time: true } }, axes: [{}, { size: fitAxis }], series: [{}, ...names.map((n, i) => ({ label: `${n} ${spec.y}`, stroke: COLOURS[i % COLOURS.length], width: 1.5, spanGaps: true }))] }, data, el);
  } else if (result.columns.includes('symbol') && numeric.length && result.rows.length > 1 && result.rows.length <= 50) {
    // A ranking: bars of the last numeric column, one per symbol.
    const y = numeric[numeric.length - 1];
    const data = [result.rows.map((_, i) => i), result.rows.map((r) => r[y])];
    answerChart = new uPlot({
      ...sized(el, 220),
      scales: { x: { time: false } },
      series: [{}, { label: y, fill: '#93c5fd', stroke: '#2563eb', paths: uPlot.paths.bars({ size: [0.6, 60] }), points: { show: false } }],
      axes: [{ values: (_, ticks) => ticks.map((t) => (Number.isInteger(t) ? result.rows[t]?.symbol ?? '' : '')) }, { size: fitAxis }],
    }, data, el);
  }
}

async function askQuestion(question) {
  $('reading').textContent = 'asking…';
  const res = await fetch('/api/ask', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question }) });
  const result = await res.json();
  if (!res.ok) {
    $('reading').replaceChildren(Object.assign(document.createElement('span'), { className: 'error', textContent: result.error }));
    return;
  }
  showAnswer(result);
}

// ---- start ------------------------------------------------------------------------------------------------------

// Shows the symbols' stored history at once; refused symbols leave the chart as it was and say why.
async function chooseSymbols(list) {
  const wanted = list.slice(0, 8);
  const refused = await loadHistory(wanted);
  $('symbols-error').textContent = refused || '';
  if (refused) {
    $('symbols').value = state.symbols.join(',');
    return false;
  }
  state.symbols = wanted;
  $('symbols').value = state.symbols.join(',');
  drawPrices();
  return true;
}

async function start() {
  const answer = await fetch('/api/symbols');
  const symbols = answer.ok ? await answer.json() : []; // the database is down: the live stream says so
  for (const s of symbols) state.names.set(s.symbol, s.name || '');
  const wanted = new URLSearchParams(location.search).get('symbols');
  const newest = symbols.slice(0, 5).map((s) => s.symbol);
  if (!wanted || !(await chooseSymbols(wanted.toUpperCase().split(',')))) {
    const message = $('symbols-error').textContent;
    await chooseSymbols(newest);
    $('symbols-error').textContent = message; // why the address's symbols were not taken
  }
  $('symbols').addEventListener('change', () => chooseSymbols($('symbols').value.toUpperCase().split(',').map((s) => s.trim()).filter(Boolean)));
  $('indexed').addEventListener('change', drawPrices);
  const examples = await (await fetch('/api/examples')).json();
  $('examples').replaceChildren(...examples.map((e) => Object.assign(document.createElement('option'), { value: e })));
  $('ask-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const q = $('question').value.trim();
    if (q) askQuestion(q);
  });
  await loadAlerts();
  connect();
}

start();
