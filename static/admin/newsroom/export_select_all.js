// The export page's "Select all" box, wired here rather than by an inline onchange handler,
// which the site's Content-Security-Policy (script-src 'self') does not run.
document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("input.select-toggle").forEach((box) => {
    box.addEventListener("change", onSelectToggleChange); // from the library's export script
  });
});
