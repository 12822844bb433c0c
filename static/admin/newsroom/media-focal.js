// The focal point editor on a photo's admin page: click the photo, or focus it and use the
// arrow keys (Shift for bigger steps), to set the focal_x / focal_y fields the card crops are
// made around. The marker is placed through the CSSOM, which the strict CSP allows.
document.addEventListener("DOMContentLoaded", () => {
  const editor = document.querySelector(".focal-editor");
  const fx = document.getElementById("id_focal_x");
  const fy = document.getElementById("id_focal_y");
  if (!editor || !fx || !fy) return;
  const target = editor.querySelector(".focal-target");
  const marker = editor.querySelector(".focal-marker");
  const clamp = (v) => Math.min(1, Math.max(0, v));

  function show() {
    marker.style.left = `${clamp(parseFloat(fx.value) || 0) * 100}%`;
    marker.style.top = `${clamp(parseFloat(fy.value) || 0) * 100}%`;
    target.setAttribute(
      "aria-label",
      `Focal point at ${Math.round(fx.value * 100)}% across, ${Math.round(fy.value * 100)}% down: ` +
        "use the arrow keys to move it, or click the photo",
    );
  }

  function set(x, y) {
    fx.value = clamp(x).toFixed(2);
    fy.value = clamp(y).toFixed(2);
    show();
  }

  target.addEventListener("click", (event) => {
    const box = target.querySelector("img").getBoundingClientRect();
    if (event.detail === 0) return; // a keyboard "click" (Enter/Space): nothing to point at
    set((event.clientX - box.left) / box.width, (event.clientY - box.top) / box.height);
  });
  target.addEventListener("keydown", (event) => {
    const step = event.shiftKey ? 0.1 : 0.02;
    const moves = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    set(parseFloat(fx.value) + move[0], parseFloat(fy.value) + move[1]);
  });
  fx.addEventListener("input", show);
  fy.addEventListener("input", show);
  show();
});
