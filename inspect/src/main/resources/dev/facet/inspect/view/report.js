"use strict";
// The report page: a filterable grid of frames, a frame viewer with overlays, and charts (echarts).
(function () {
  const D = JSON.parse(document.getElementById("facet-data").textContent);
  const W = D.dataset.width, H = D.dataset.height;
  const $ = (id) => document.getElementById(id);
  const stem = (f) => String(f).padStart(6, "0");
  const picture = (f, name) => D.files + "/" + stem(f) + "/" + name;
  const images = new Map();
  const state = { frame: null, draws: 0 };

  function loadImage(url) {
    if (!images.has(url)) {
      images.set(url, new Promise((resolve) => {
        const im = new Image();
        im.onload = () => resolve(im);
        im.onerror = () => resolve(null);
        im.src = url;
      }));
    }
    return images.get(url);
  }

  function header() {
    $("title").textContent = "Facet dataset " + D.dataset.path;
    $("summary").textContent = D.dataset.scenario + " · " + D.dataset.frames + " frames · " + W + "×" + H
      + " · modalities " + D.dataset.modalities.join(", ") + " · grid shows " + D.frames.length + " frames"
      + (D.frames.length < D.dataset.frames ? " (an even sample)" : "");
    document.documentElement.style.setProperty("--aspect", W + " / " + H);
  }

  function grid() {
    const g = $("grid");
    for (const f of D.frames) {
      const fig = document.createElement("figure");
      fig.className = "frame";
      fig.dataset.frame = f.frame;
      const im = document.createElement("img");
      im.loading = "lazy";
      im.alt = "frame " + f.frame;
      im.width = 160;
      im.src = picture(f.frame, "thumb.jpg");
      const cap = document.createElement("figcaption");
      const p = Object.entries(f.params).map(([k, v]) => k + "=" + v).join(" ");
      cap.textContent = stem(f.frame) + (p ? " · " + p : "");
      fig.append(im, cap);
      fig.addEventListener("click", () => open(f));
      g.append(fig);
    }
  }

  // Filters: category present, each sweep parameter, shard and sequence when the meta has them.
  const filters = [];
  function select(id, label, values) {
    const l = document.createElement("label");
    l.textContent = label + " ";
    const s = document.createElement("select");
    s.id = id;
    s.append(new Option("any", ""));
    for (const v of values) s.append(new Option(String(v), String(v)));
    l.append(s);
    $("filter-params").append(l, " ");
    return s;
  }
  function distinct(read) {
    const seen = new Set();
    for (const f of D.frames) { const v = read(f); if (v !== undefined && v !== null) seen.add(String(v)); }
    return [...seen].sort((a, b) => (isNaN(a) || isNaN(b)) ? a.localeCompare(b) : a - b);
  }
  function setupFilters() {
    const cat = $("filter-category");
    for (const c of D.categories) cat.append(new Option(c.name, String(c.id)));
    filters.push((f) => !cat.value || f.objects.some((o) => String(o.category_id) === cat.value && o.pixels > 0));
    cat.addEventListener("change", applyFilters);
    const keys = [...new Set(D.frames.flatMap((f) => Object.keys(f.params)))];
    for (const key of keys) {
      const s = select("filter-param-" + key, key, distinct((f) => f.params[key]));
      filters.push((f) => !s.value || String(f.params[key]) === s.value);
      s.addEventListener("change", applyFilters);
    }
    for (const field of ["shard", "sequence"]) {
      const values = distinct((f) => f[field]);
      if (!values.length) continue;
      const s = select("filter-" + field, field, values);
      filters.push((f) => !s.value || String(f[field]) === s.value);
      s.addEventListener("change", applyFilters);
    }
    applyFilters();
  }
  function applyFilters() {
    let shown = 0;
    const byFrame = new Map(D.frames.map((f) => [String(f.frame), f]));
    for (const fig of $("grid").children) {
      const ok = filters.every((keep) => keep(byFrame.get(fig.dataset.frame)));
      fig.hidden = !ok;
      if (ok) shown++;
    }
    $("count").textContent = shown + " of " + D.frames.length + " frames shown";
  }

  // The viewer: RGB with overlays drawn on a canvas at the image's own size.
  function open(f) {
    state.frame = f;
    $("viewer-title").textContent = "frame " + stem(f.frame);
    $("toggle-box3d").disabled = !f.objects.some((o) => o.corners_px);
    $("toggle-instance").disabled = !D.dataset.modalities.includes("instance");
    $("toggle-semantic").disabled = !D.dataset.modalities.includes("semantic");
    $("toggle-depth").disabled = !D.dataset.modalities.includes("depth");
    const links = $("viewer-links");
    links.textContent = "";
    if (D.served) {
      const a = document.createElement("a");
      a.href = "dataset/meta/" + stem(f.frame) + ".json";
      a.textContent = "meta";
      links.append(a);
    }
    $("details").textContent = describeFrame(f);
    $("viewer").hidden = false;
    draw();
  }
  async function draw() {
    const f = state.frame;
    const c = $("view");
    c.width = W;
    c.height = H;
    const g = c.getContext("2d");
    const layers = [["rgb.png", 1]];
    if ($("toggle-depth").checked) layers.push(["depth.png", 1]);
    if ($("toggle-semantic").checked) layers.push(["semantic.png", 0.55]);
    if ($("toggle-instance").checked) layers.push(["instance.png", 0.55]);
    const loaded = await Promise.all(layers.map(([name]) => loadImage(picture(f.frame, name))));
    if (state.frame !== f) return;
    g.clearRect(0, 0, W, H);
    loaded.forEach((im, i) => { if (im) { g.globalAlpha = layers[i][1]; g.drawImage(im, 0, 0); } });
    g.globalAlpha = 1;
    g.lineWidth = 1;
    if ($("toggle-boxes").checked) {
      for (const o of f.objects) {
        if (!o.bbox) continue;
        g.strokeStyle = o.color;
        g.strokeRect(o.bbox[0] + 0.5, o.bbox[1] + 0.5, o.bbox[2] - 1, o.bbox[3] - 1);
      }
    }
    if ($("toggle-box3d").checked) drawBoxes3d(g, f);
    state.draws++;
    c.dataset.draws = state.draws;
  }
  const EDGES = [[0, 1], [1, 2], [2, 3], [3, 0], [4, 5], [5, 6], [6, 7], [7, 4], [0, 4], [1, 5], [2, 6], [3, 7]];
  function drawBoxes3d(g, f) {
    for (const o of f.objects) {
      if (!o.corners_px) continue;
      g.strokeStyle = o.color;
      g.beginPath();
      for (const [a, b] of EDGES) {
        g.moveTo(o.corners_px[a][0], o.corners_px[a][1]);
        g.lineTo(o.corners_px[b][0], o.corners_px[b][1]);
      }
      g.stroke();
    }
  }
  function describeFrame(f) {
    const p = Object.entries(f.params).map(([k, v]) => "  " + k + " = " + v).join("\n");
    const visible = f.objects.filter((o) => o.pixels > 0).length;
    return "frame " + f.frame + "\n" + visible + " of " + f.objects.length + " objects visible"
      + (p ? "\nparams:\n" + p : "") + (f.shard ? "\nshard " + f.shard : "") + (f.sequence ? "\nsequence " + f.sequence : "");
  }
  function hover(ev) {
    const f = state.frame;
    const r = $("view").getBoundingClientRect();
    const x = (ev.clientX - r.left) * W / r.width, y = (ev.clientY - r.top) * H / r.height;
    let best = null;
    for (const o of f.objects) {
      const b = o.bbox;
      if (b && x >= b[0] && x < b[0] + b[2] && y >= b[1] && y < b[1] + b[3] && (!best || b[2] * b[3] < best.bbox[2] * best.bbox[3])) best = o;
    }
    $("details").textContent = best === null ? describeFrame(f) : "instance " + best.id + " (" + best.name + ")\ncategory "
      + best.category + " (id " + best.category_id + ")\npixels " + best.pixels + "\nbbox " + best.bbox.join(", ")
      + (best.visibility !== undefined ? "\nvisibility " + best.visibility.toFixed(3) : "") + "\n\n" + describeFrame(f);
  }

  // Charts.
  function chart(parent, id, title, option) {
    const div = document.createElement("div");
    div.className = "chart";
    div.id = "chart-" + id;
    parent.append(div);
    const c = echarts.init(div);
    c.setOption(Object.assign({ title: { text: title, textStyle: { fontSize: 13 } }, tooltip: { trigger: "axis" },
      grid: { left: 60, right: 20, top: 40, bottom: 50 } }, option));
    return c;
  }
  function bars(parent, id, title, h, xName) {
    return chart(parent, id, title, { xAxis: { type: "category", data: h.labels, name: xName, nameLocation: "middle", nameGap: 30 },
      yAxis: { type: "value" }, series: [{ type: "bar", data: h.counts }] });
  }
  function charts() {
    const C = D.charts, p = $("charts");
    const of = C.frames_read < C.frames_in_dataset ? " (" + C.frames_read + " of " + C.frames_in_dataset + " frames)" : "";
    bars(p, "instances", "Visible instances per category" + of, C.instances);
    bars(p, "pixels", "Pixels per category" + of, C.pixels);
    bars(p, "size", "Object size: visible pixels" + of, C.size, "pixels");
    bars(p, "distance", "Object distance: camera z of the centre (m)" + of, C.distance, "metres");
    if (C.visibility) bars(p, "visibility", "Visibility" + of, C.visibility, "fraction visible");
    if (C.depth) bars(p, "depth", "Depth of sampled pixels (m)", C.depth, "metres");
    for (const [key, h] of Object.entries(C.params)) bars(p, "param-" + key, "Frames per value of " + key + of, h, key);
  }
  function evaluation() {
    const E = D.eval;
    if (!E) return;
    const section = $("eval");
    section.hidden = false;
    const info = document.createElement("p");
    const overall = Object.entries(E.overall || {}).filter(([, v]) => typeof v === "number");
    info.textContent = "task " + (E.task || "?") + " · overall " + overall.map(([k, v]) => k + " " + v.toFixed(3)).join(", ");
    const box = document.createElement("div");
    box.className = "charts";
    section.append(info, box);
    const byKey = new Map();
    for (const s of E.slices || []) { if (!byKey.has(s.key)) byKey.set(s.key, []); byKey.get(s.key).push(s); }
    for (const [key, slices] of byKey) {
      slices.sort((a, b) => (a.lo ?? 0) - (b.lo ?? 0));
      const metrics = [...new Set(slices.flatMap((s) => Object.keys(s.metrics || {})))];
      chart(box, "eval-" + key, "Metrics by " + key, {
        legend: { top: 20 }, grid: { left: 60, right: 20, top: 60, bottom: 50 },
        xAxis: { type: "category", data: slices.map((s) => s.bin), name: key, nameLocation: "middle", nameGap: 30 },
        yAxis: { type: "value" },
        series: metrics.map((m) => ({ name: m, type: "line", data: slices.map((s) => (s.metrics || {})[m] ?? null) }))
      });
    }
  }

  header();
  grid();
  setupFilters();
  for (const id of ["toggle-instance", "toggle-semantic", "toggle-depth", "toggle-boxes", "toggle-box3d"]) $(id).addEventListener("change", draw);
  $("view").addEventListener("mousemove", hover);
  $("viewer-close").addEventListener("click", () => { $("viewer").hidden = true; state.frame = null; });
  document.addEventListener("keydown", (e) => { if (e.key === "Escape") $("viewer-close").click(); });
  charts();
  evaluation();
  window.facetReport = { ready: true, frames: D.frames.length, state: state };
})();
