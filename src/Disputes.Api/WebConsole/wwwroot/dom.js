// Building DOM from data without ever parsing it as HTML: every string from the API becomes a text node,
// so a message or evidence name containing markup is shown, never run.
export function h(tag, attrs = {}, ...children) {
  const svg = ['svg', 'g', 'rect', 'line', 'path', 'text', 'title', 'marker', 'defs', 'polyline', 'circle'].includes(tag);
  const el = svg ? document.createElementNS('http://www.w3.org/2000/svg', tag) : document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'class') el.setAttribute('class', value);
    else if (key in el && !svg && typeof value !== 'string') el[key] = value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function replace(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

export function announce(text) {
  const status = document.getElementById('status');
  if (status) status.textContent = text;
}

// Instants in a named zone (the viewer's own by default), with the zone spelled out so two columns never get confused.
export function when(instant, locale, timeZone) {
  if (!instant) return '—';
  const zone = timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric', month: 'short', day: '2-digit', hour: '2-digit', minute: '2-digit', timeZone: zone, timeZoneName: 'short',
  }).format(new Date(instant));
}

export function viewerZone() {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function minorDigits(currency) {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;
  } catch {
    return 2;
  }
}

// Amounts travel in minor units (cents), as the API's money does.
export function money(m, locale) {
  if (!m) return '—';
  const digits = minorDigits(m.currency);
  const value = m.amount / 10 ** digits;
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency: m.currency }).format(value);
  } catch {
    return `${value.toFixed(digits)} ${m.currency}`;
  }
}

// ISO-8601 durations as the API writes them (P1DT2H30M) → "1 d 2 h 30 min".
export function duration(iso, t) {
  if (!iso) return '—';
  const m = /^(-)?P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?)?$/.exec(iso);
  if (!m) return iso;
  const parts = [];
  if (m[2]) parts.push(`${m[2]} ${t('unit.d')}`);
  if (m[3]) parts.push(`${m[3]} ${t('unit.h')}`);
  if (m[4]) parts.push(`${m[4]} ${t('unit.min')}`);
  if (m[5] && parts.length === 0) parts.push(`${Math.round(Number(m[5]))} ${t('unit.s')}`);
  return (m[1] ?? '') + (parts.join(' ') || `0 ${t('unit.min')}`);
}

export function newKey() {
  return crypto.randomUUID();
}
