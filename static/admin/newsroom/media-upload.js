// The media library's upload page: photos dropped on the page (or chosen in the file field) are
// sent one at a time as they arrive, each answered in JSON, so a bad file is reported on its own
// line while the others go on. Without JavaScript the form posts all the files at once.
document.addEventListener("DOMContentLoaded", () => {
  const form = document.querySelector("form.media-upload");
  if (!form) return;
  const zone = form.querySelector("[data-dropzone]");
  const input = form.querySelector('input[type="file"]');
  const list = form.querySelector("[data-results]");
  const token = form.querySelector('input[name="csrfmiddlewaretoken"]').value;
  let queue = Promise.resolve();

  function line(text, kind) {
    const item = document.createElement("li");
    item.className = kind;
    item.textContent = text;
    list.appendChild(item);
    return item;
  }

  async function send(file) {
    const item = line(`${file.name}: uploading…`, "pending");
    const body = new FormData();
    body.append("files", file);
    for (const name of ["credit", "source", "alt_text"]) {
      const field = form.elements.namedItem(name);
      if (field && field.value) body.append(name, field.value);
    }
    try {
      const response = await fetch(form.action || window.location.href, {
        method: "POST",
        body,
        headers: { Accept: "application/json", "X-CSRFToken": token },
        credentials: "same-origin",
      });
      const data = await response.json();
      const result = (data.results || [])[0];
      if (!result) {
        item.className = "error";
        item.textContent = `${file.name}: ${data.error || "not uploaded."}`;
      } else if (!result.ok) {
        item.className = "error";
        item.textContent = result.error;
      } else {
        item.className = "success";
        item.textContent = "";
        const link = document.createElement("a");
        link.href = result.admin_url;
        link.textContent = result.title;
        item.append(`${file.name}: ${result.created ? "uploaded as" : "already in the library as"} `, link);
        if (!result.alt) item.append(" — write its alt text before it is published.");
      }
    } catch (error) {
      item.className = "error";
      item.textContent = `${file.name}: the upload failed (${error.message}).`;
    }
  }

  function enqueue(files) {
    for (const file of files) queue = queue.then(() => send(file));
  }

  zone.addEventListener("dragover", (event) => {
    event.preventDefault();
    zone.classList.add("dragging");
  });
  zone.addEventListener("dragleave", () => zone.classList.remove("dragging"));
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    zone.classList.remove("dragging");
    enqueue(event.dataTransfer.files);
  });
  form.addEventListener("submit", (event) => {
    if (!input.files.length) return; // the server says what is missing
    event.preventDefault();
    enqueue(input.files);
    queue = queue.then(() => { input.value = ""; });
  });
});
