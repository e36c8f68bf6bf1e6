// graph2doc status page: reads GET /migration and GET /migration/history with the operator token and redraws
// itself every few seconds. Fields the service does not send (yet) show as "—".
"use strict";

const PHASES = ["GRAPH_ONLY", "COPY", "FORK_WRITES", "SWAP_READS", "COMPARE", "UNFORKED"];
const REFRESH_MS = 5000;
const TOKEN_KEY = "graph2doc.operatorToken";
let timer = null;

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => {
    if (v === undefined || v === null) return;
    if (k === "class") node.className = v; else node.setAttribute(k, v);
  });
  children.flat().forEach(c => node.append(c instanceof Node ? c : document.createTextNode(String(c))));
  return node;
}

const dash = v => (v === undefined || v === null || v === "" ? "—" : v);

// Instants arrive as ISO text (the contract) or as epoch seconds (Jackson's default for Instant).
function when(v) {
  if (v === undefined || v === null || v === "none") return "—";
  const d = typeof v === "number" ? new Date(v * 1000) : new Date(v);
  return isNaN(d) ? String(v) : d.toISOString().replace("T", " ").replace(/\.\d+Z$/, "Z");
}

function percent(x) {
  return typeof x === "number" ? (x * 100).toFixed(x < 0.01 ? 3 : 1) + " %" : "—";
}

function token() {
  return sessionStorage.getItem(TOKEN_KEY);
}

// A link may carry the token in its fragment (#token=...): never sent to a server, taken once and removed.
function tokenFromFragment() {
  const m = location.hash.match(/token=([^&]+)/);
  if (m) {
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(m[1]));
    history.replaceState(null, "", location.pathname + location.search);
  }
}

async function getJson(path) {
  const headers = { Accept: "application/json" };
  if (token()) headers.Authorization = "Bearer " + token();
  const answer = await fetch(path, { headers, cache: "no-store" });
  if (answer.status === 401 || answer.status === 403) {
    const e = new Error(answer.status + " from " + path);
    e.unauthorized = true;
    throw e;
  }
  if (!answer.ok) throw new Error(path + " answered " + answer.status + ": " + (await answer.text()).slice(0, 300));
  return answer.json();
}

function steps(current) {
  const at = PHASES.indexOf(current);
  return el("ol", { class: "steps", "aria-label": "phase" }, PHASES.map((p, i) =>
    el("li", { class: "step " + (i < at ? "done" : i === at ? "current" : "todo"), "data-step": p,
               "aria-current": i === at ? "step" : null }, p)));
}

function copySection(copy) {
  const rows = Object.entries(copy || {}).sort(([a], [b]) => a.localeCompare(b)).map(([collection, c]) => {
    const total = Number(c.total) || 0, done = Number(c.done) || 0;
    const rate = c.rate ? c.rate.toFixed(1) + "/s" + (c.rateBasis === "run" ? " (whole run)" : "") : null;
    const detail = [dash(c.state), done + "/" + total, rate,
                    c.etaSeconds ? "eta " + c.etaSeconds + " s" : null].filter(Boolean).join(" · ");
    const row = el("div", { class: "copy-row", "data-collection": collection }, el("span", {}, collection),
              el("progress", { max: Math.max(total, 1), value: Math.min(done, Math.max(total, 1)) }), el("span", {}, detail));
    const problems = copyProblems(c);
    return problems ? [row, problems] : row;
  });
  return el("div", { class: "copy" }, el("h3", {}, "Copy"), rows.length ? rows.flat() : el("p", { class: "muted" }, "not started"));
}

/** Roots MongoDB does not hold: findings (refused, unmappable) and what the completeness check found missing. */
function copyProblems(c) {
  const lines = [];
  if (c.findings > 0) {
    const first = (c.findingExamples || [])[0];
    lines.push(c.findings + " finding(s)" + (first ? ": " + first.kind + " " + JSON.stringify(first.key) + " — " + first.reason : ""));
  }
  if (c.missingCount > 0) lines.push(c.missingCount + " root(s) missing, e.g. " + JSON.stringify((c.missing || []).slice(0, 5)));
  return lines.length ? el("p", { class: "copy-findings bad" }, lines.join("; ")) : null;
}

function facts(t, transitions) {
  const backlog = t.backlog || {}, shadow = t.shadow || {};
  const ratio = el("dd", { class: "diff-ratio" }, percent(shadow.mismatchRatio));
  if (shadow.mismatches > 0) ratio.classList.add("bad");
  return el("dl", {},
    el("dt", {}, "in phase since"), el("dd", {}, when(t.since)),
    el("dt", {}, "backlog"), el("dd", { class: "backlog" }, dash(backlog.documents) + " documents, oldest " + when(backlog.oldest)),
    el("dt", {}, "read diff"), ratio,
    el("dt", {}, "comparisons"), el("dd", {}, dash(shadow.comparisons) + " (" + dash(shadow.mismatches) + " mismatches)"),
    el("dt", {}, "last clean verification"), el("dd", { class: "verification" }, when(t.lastCleanVerification)),
    el("dt", {}, "recent transitions"), el("dd", {}, transitions.length ? el("ul", { class: "transitions" },
      transitions.slice(0, 5).map(h => el("li", {}, when(h.at) + " " + h.from + " → " + h.to + " by " + dash(h.who)
        + (h.automatic ? " (automatic)" : "") + (h.forced ? " (forced)" : "") + (h.reason ? ": " + h.reason : ""))))
      : "none"));
}

function tenantSection(t, history) {
  const mine = history.filter(h => h.tenant === t.tenant);
  const pending = t.pending ? el("span", { class: "pending" }, "waiting for " + (t.pendingOn || []).join(", ")) : "";
  return el("section", { class: "tenant", "data-tenant": t.tenant, "data-phase": t.phase },
    el("div", { class: "tenant-head" }, el("h2", {}, t.tenant), el("strong", { class: "phase" }, t.phase), pending),
    steps(t.phase),
    el("div", { class: "grid" }, copySection(t.copy), facts(t, mine)));
}

function render(migration, history) {
  const tenants = (migration.tenants || []).slice().sort((a, b) => a.tenant.localeCompare(b.tenant));
  document.getElementById("tenants").replaceChildren(...tenants.map(t => tenantSection(t, history)));
  document.getElementById("default-phase").textContent = "default phase: " + dash(migration.defaultPhase)
    + " · " + tenants.length + " tenant(s)";
  const instances = migration.instances || [];
  document.getElementById("instances-section").hidden = instances.length === 0;
  document.querySelector("#instances tbody").replaceChildren(...instances.map(i => el("tr", {},
    el("td", {}, i.instance), el("td", {}, when(i.lastSeen)),
    el("td", {}, Object.entries(i.phases || {}).map(([t, p]) => t + "=" + p).join(", ")))));
}

function show(state, message) {
  document.body.dataset.state = state;
  const problem = document.getElementById("problem");
  problem.hidden = !message;
  problem.textContent = message || "";
  document.getElementById("login").hidden = state !== "unauthorized";
  document.getElementById("forget").hidden = !token();
}

/** /health is open and reads no store: it says whether this instance is fenced even when nothing else answers. */
async function showFence() {
  const fence = document.getElementById("fence");
  try {
    const answer = await fetch("/health", { cache: "no-store" });
    const details = ((await answer.json()).details || {}).fence || {};
    const fenced = details.status === "FENCED";
    fence.hidden = !fenced;
    fence.textContent = fenced ? "This instance is FENCED — it accepts no write and runs no worker: "
      + ((details.details || {}).why || "cut off from the control store") : "";
  } catch (e) {
    fence.hidden = true;
  }
}

async function refresh() {
  clearTimeout(timer);
  showFence();
  try {
    const migration = await getJson("/migration");
    const history = await getJson("/migration/history").catch(e => { if (e.unauthorized) throw e; return []; });
    render(migration, Array.isArray(history) ? history : []);
    document.getElementById("updated").textContent = "updated " + new Date().toLocaleTimeString();
    show("loaded");
  } catch (e) {
    if (e.unauthorized) {
      document.getElementById("login-reason").textContent = token()
        ? "The service refused this token (" + e.message + "): paste another operator token."
        : "The service asks for an operator token (" + e.message + "): paste one.";
      show("unauthorized");
      return; // no polling until a token is given
    }
    show("error", "Could not read the status: " + e.message + " — retrying.");
  }
  timer = setTimeout(refresh, REFRESH_MS);
}

document.getElementById("login").addEventListener("submit", e => {
  e.preventDefault();
  sessionStorage.setItem(TOKEN_KEY, document.getElementById("token").value.trim());
  document.getElementById("token").value = "";
  refresh();
});
document.getElementById("forget").addEventListener("click", () => {
  sessionStorage.removeItem(TOKEN_KEY);
  refresh();
});

tokenFromFragment();
refresh();
