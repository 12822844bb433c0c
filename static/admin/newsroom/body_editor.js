// The article body's editor (articles/admin/body_editor.py): django-prose-editor's Tiptap
// build, with two nodes of our own (a photo from the media library, an embed) and a chooser.
// A module file, no inline script: the admin's Content-Security-Policy has no 'unsafe-inline'.
// Imported by relative URL, so no import map (an inline script) is needed either.
import {
  Blockquote, Bold, BulletList, Document, Dropcursor, Editor, Gapcursor, HardBreak, Heading,
  History, HorizontalRule, Italic, Link, ListItem, Menu, Node, OrderedList, Paragraph, Strike,
  Subscript, Superscript, Text, Underline, crel,
} from "../../django_prose_editor/editor.js"

const SELECTOR = "textarea[data-body-editor]"

// --- the stored HTML's two figures ---------------------------------------------------------

function captionParts(figure) {
  const caption = figure.querySelector("figcaption")
  if (!caption) return { caption: "", credit: "" }
  const copy = caption.cloneNode(true)
  const credit = copy.querySelector("span.credit")
  const creditText = credit ? credit.textContent.trim() : ""
  if (credit) credit.remove()
  return { caption: copy.textContent.trim(), credit: creditText }
}

function figcaption(caption, credit) {
  if (!caption && !credit) return null
  const parts = [caption && credit ? `${caption} ` : caption]
  if (credit) parts.push(["span", { class: "credit" }, credit])
  return ["figcaption", {}, ...parts.filter((p) => p !== "")]
}

function field(label, value, onInput, attrs = {}) {
  const input = crel("input", { type: "text", value: value || "", ...attrs })
  input.addEventListener("input", () => onInput(input.value))
  return [crel("label", { className: "body-figure__field" }, [label, input]), input]
}

// One node view for both figures: fields edited in place, a button per action.
function figureView({ node, editor, getPos, kind, chooser }) {
  let current = node
  const set = (attrs) => {
    const pos = getPos()
    if (typeof pos !== "number") return
    editor.view.dispatch(
      editor.view.state.tr.setNodeMarkup(pos, undefined, { ...current.attrs, ...attrs }),
    )
  }
  const dom = crel("figure", { className: `body-figure body-figure--${kind}`, contentEditable: "false" })
  const preview = crel("div", { className: "body-figure__preview" })
  const inputs = {}
  const fields = crel("div", { className: "body-figure__fields" })
  const add = (name, label, attrs) => {
    const [row, input] = field(label, node.attrs[name], (value) => set({ [name]: value }), attrs)
    inputs[name] = input
    fields.append(row)
  }
  const actions = crel("div", { className: "body-figure__actions" })
  if (kind === "photo") {
    add("caption", "Caption", { "data-field": "caption" })
    add("credit", "Credit", { "data-field": "credit" })
    add("alt", "Alt text for this story (empty: the photo's own)", { "data-field": "alt" })
    const choose = crel("button", { type: "button", textContent: "Choose photo…" })
    choose.addEventListener("click", () =>
      chooser.open((image) =>
        set({
          image: String(image.id),
          caption: current.attrs.caption || image.caption,
          credit: current.attrs.credit || image.credit,
        }),
      ),
    )
    actions.append(choose)
  } else {
    add("url", "Address of the video or post", { "data-field": "url", type: "url" })
    add("caption", "Caption", { "data-field": "caption" })
  }
  const remove = crel("button", { type: "button", textContent: "Remove", className: "body-figure__remove" })
  remove.addEventListener("click", () => {
    const pos = getPos()
    if (typeof pos === "number") {
      editor.view.dispatch(editor.view.state.tr.delete(pos, pos + current.nodeSize))
      editor.commands.focus()
    }
  })
  actions.append(remove)
  dom.append(preview, fields, actions)

  const showPreview = () => {
    preview.replaceChildren()
    if (kind === "embed") {
      preview.append(crel("span", { textContent: current.attrs.url ? `Embedded ${providerOf(current.attrs.url) || "address (not on the allowed list)"}` : "Embed: paste an address below" }))
      return
    }
    const id = current.attrs.image
    if (!id) {
      preview.append(crel("span", { className: "body-figure__missing", textContent: "Photo missing: choose one from the library" }))
      return
    }
    preview.append(crel("span", { textContent: `Photo #${id}` }))
    chooser.describe(id).then((image) => {
      if (!image || current.attrs.image !== id) return
      preview.replaceChildren(
        crel("img", { src: image.thumbnail, alt: image.alt || "", width: 160 }),
        crel("span", { textContent: `${image.title} (#${image.id})${image.alt ? "" : " — no alt text yet"}` }),
      )
    })
  }
  showPreview()

  return {
    dom,
    update(updated) {
      if (updated.type !== current.type) return false
      const imageChanged = updated.attrs.image !== current.attrs.image || updated.attrs.url !== current.attrs.url
      current = updated
      for (const [name, input] of Object.entries(inputs)) {
        if (document.activeElement !== input) input.value = updated.attrs[name] || ""
      }
      if (imageChanged) showPreview()
      return true
    },
    stopEvent: (event) => dom.contains(event.target) && event.target !== dom,
    ignoreMutation: () => true,
  }
}

const PROVIDERS = [
  ["youtube", /(^|\.)(youtube\.com|youtu\.be|youtube-nocookie\.com)$/],
  ["vimeo", /(^|\.)vimeo\.com$/],
  ["x", /(^|\.)(x\.com|twitter\.com)$/],
  ["instagram", /(^|\.)instagram\.com$/],
]

function providerOf(url) {
  try {
    const host = new URL(url).hostname
    return (PROVIDERS.find(([, re]) => re.test(host)) || [""])[0]
  } catch {
    return ""
  }
}

// A photo or an embed goes at the cursor; when a figure is selected, after it (not instead).
function insertBlock(editor, content) {
  const { selection } = editor.state
  const chain = editor.chain().focus()
  return (selection.node ? chain.insertContentAt(selection.to, content) : chain.insertContent(content)).run()
}

function makePhoto(chooser) {
  return Node.create({
    name: "photo",
    group: "block",
    atom: true,
    draggable: true,
    selectable: true,
    addAttributes: () => ({
      image: { default: "" },
      alt: { default: "" },
      caption: { default: "" },
      credit: { default: "" },
    }),
    parseHTML: () => [
      {
        tag: "figure[data-image]",
        getAttrs: (dom) => ({
          image: dom.getAttribute("data-image") || "",
          alt: dom.getAttribute("data-alt") || "",
          ...captionParts(dom),
        }),
      },
    ],
    renderHTML({ node }) {
      const attrs = { "data-image": node.attrs.image || "" }
      if (node.attrs.alt) attrs["data-alt"] = node.attrs.alt
      const caption = figcaption(node.attrs.caption, node.attrs.credit)
      return caption ? ["figure", attrs, caption] : ["figure", attrs]
    },
    addNodeView() {
      return ({ node, editor, getPos }) => figureView({ node, editor, getPos, kind: "photo", chooser })
    },
    addCommands() {
      return {
        insertPhoto:
          () =>
          ({ editor }) => {
            // The chooser answers later: insert with a fresh chain then, at the selection.
            chooser.open((image) =>
              insertBlock(editor, {
                type: "photo",
                attrs: { image: String(image.id), caption: image.caption, credit: image.credit },
              }),
            )
            return true
          },
      }
    },
    addMenuItems({ buttons, menu }) {
      menu.defineItem({
        name: "photo",
        groups: "nodes",
        command: (editor) => editor.commands.insertPhoto(),
        button: buttons.material("add_photo_alternate", "Insert a photo from the media library"),
      })
    },
  })
}

const Embed = Node.create({
  name: "embed",
  group: "block",
  atom: true,
  draggable: true,
  selectable: true,
  addAttributes: () => ({ url: { default: "" }, caption: { default: "" } }),
  parseHTML: () => [
    {
      tag: "figure[data-embed]",
      getAttrs: (dom) => ({ url: dom.getAttribute("data-url") || "", caption: captionParts(dom).caption }),
    },
  ],
  renderHTML({ node }) {
    const attrs = { "data-embed": providerOf(node.attrs.url), "data-url": node.attrs.url }
    return node.attrs.caption ? ["figure", attrs, ["figcaption", {}, node.attrs.caption]] : ["figure", attrs]
  },
  addNodeView() {
    return ({ node, editor, getPos }) => figureView({ node, editor, getPos, kind: "embed" })
  },
  addMenuItems({ buttons, menu }) {
    menu.defineItem({
      name: "embed",
      groups: "nodes",
      command: (editor) => insertBlock(editor, { type: "embed" }),
      button: buttons.material("smart_display", "Embed a video or a post (YouTube, Vimeo, X, Instagram)"),
    })
  },
})

// --- the media library chooser: a modal <dialog> (focus kept inside, Escape closes) -----------

function makeChooser(textarea) {
  const listUrl = textarea.dataset.photosUrl
  const uploadUrl = textarea.dataset.uploadUrl
  const known = new Map(Object.entries(JSON.parse(textarea.dataset.images || "{}")))
  let onChoose = null

  const dialog = crel("dialog", { className: "photo-chooser", id: `${textarea.id}-chooser` })
  dialog.setAttribute("aria-labelledby", `${textarea.id}-chooser-title`)
  const title = crel("h2", { id: `${textarea.id}-chooser-title`, textContent: "Choose a photo" })
  const search = crel("input", { type: "search", placeholder: "Search the media library", id: `${textarea.id}-chooser-q` })
  search.setAttribute("aria-label", "Search the media library")
  const results = crel("ul", { className: "photo-chooser__results" })
  results.setAttribute("aria-live", "polite")
  const status = crel("p", { className: "photo-chooser__status" })
  const file = crel("input", { type: "file", accept: "image/jpeg,image/png,image/webp,image/gif", id: `${textarea.id}-chooser-file` })
  const alt = crel("input", { type: "text", id: `${textarea.id}-chooser-alt` })
  const credit = crel("input", { type: "text", id: `${textarea.id}-chooser-credit` })
  const upload = crel("button", { type: "button", textContent: "Upload and insert" })
  const close = crel("button", { type: "button", textContent: "Cancel" })
  const uploadBox = crel("fieldset", { className: "photo-chooser__upload" }, [
    crel("legend", { textContent: "Or upload a new photo" }),
    crel("label", { htmlFor: file.id, textContent: "File" }), file,
    crel("label", { htmlFor: alt.id, textContent: "Alt text (what the photo shows)" }), alt,
    crel("label", { htmlFor: credit.id, textContent: "Credit" }), credit,
    upload,
  ])
  dialog.append(title, search, status, results, uploadBox, close)
  document.body.append(dialog)

  const choose = (image) => {
    known.set(String(image.id), image)
    dialog.close()
    const callback = onChoose
    onChoose = null
    callback?.(image)
  }

  const show = (images) => {
    results.replaceChildren(
      ...images.map((image) => {
        known.set(String(image.id), image)
        const button = crel("button", { type: "button", className: "photo-chooser__pick" }, [
          crel("img", { src: image.thumbnail, alt: "", width: 120 }),
          crel("span", { textContent: `${image.title}${image.credit ? ` · ${image.credit}` : ""}` }),
        ])
        button.dataset.imageId = image.id
        button.addEventListener("click", () => choose(image))
        return crel("li", {}, [button])
      }),
    )
    status.textContent = images.length ? `${images.length} photo(s)` : "No photo matches."
  }

  let timer = null
  const load = async () => {
    const response = await fetch(`${listUrl}?q=${encodeURIComponent(search.value)}`, {
      credentials: "same-origin",
      headers: { Accept: "application/json" },
    })
    const data = await response.json()
    if (!response.ok) throw new Error(data.error || response.statusText)
    show(data.results)
  }
  search.addEventListener("input", () => {
    clearTimeout(timer)
    timer = setTimeout(() => load().catch((e) => { status.textContent = e.message }), 200)
  })
  close.addEventListener("click", () => dialog.close())
  upload.addEventListener("click", async () => {
    if (!file.files.length) {
      status.textContent = "Choose a file to upload first."
      file.focus()
      return
    }
    const body = new FormData()
    body.append("files", file.files[0])
    body.append("alt_text", alt.value)
    body.append("credit", credit.value)
    const token = textarea.form?.querySelector("[name=csrfmiddlewaretoken]")?.value || ""
    status.textContent = "Uploading…"
    const response = await fetch(uploadUrl, {
      method: "POST",
      body,
      credentials: "same-origin",
      headers: { "X-CSRFToken": token, Accept: "application/json" },
    })
    const data = await response.json().catch(() => ({ error: response.statusText }))
    const result = (data.results || [])[0]
    if (!response.ok || !result || !result.ok) {
      status.textContent = (result && result.error) || data.error || "The upload failed."
      return
    }
    file.value = ""
    choose(result)
  })

  return {
    open(callback) {
      onChoose = callback
      dialog.showModal()
      search.focus()
      load().catch((e) => { status.textContent = e.message })
    },
    describe(id) {
      // The photos of the body as loaded come with the widget (data-images); chosen ones are
      // remembered as they are chosen.
      return Promise.resolve(known.get(String(id)) || null)
    },
  }
}

// --- the editor ----------------------------------------------------------------------------

function createEditor(textarea) {
  if (textarea.closest(".prose-editor") || textarea.id.includes("__prefix__")) return null
  const chooser = makeChooser(textarea)
  const wrapper = crel("div", { className: "prose-editor body-editor" })
  textarea.before(wrapper)
  wrapper.append(textarea)
  const editor = new Editor({
    element: wrapper,
    injectCSS: false, // no <style> element: the CSP allows the stylesheets only
    editable: !textarea.hasAttribute("disabled"),
    extensions: [
      Document, Paragraph, Text, HardBreak, Bold, Italic, Underline, Strike, Subscript,
      Superscript, Link.configure({ openOnClick: false, enableTarget: false }),
      Heading.configure({ levels: [2, 3, 4] }), Blockquote, BulletList, OrderedList, ListItem,
      HorizontalRule, History, Dropcursor, Gapcursor, Menu, makePhoto(chooser), Embed,
    ],
    content: textarea.value,
    editorProps: {
      attributes: {
        "aria-label": textarea.getAttribute("aria-label") || "Story body",
        "aria-multiline": "true",
        role: "textbox",
        id: `${textarea.id}-editor`,
      },
    },
    onUpdate({ editor }) {
      const html = editor.getHTML()
      textarea.value = /^<(\w+)(\s[^>]*)?><\/\1>$/i.test(html) ? "" : html
      textarea.dispatchEvent(new Event("input", { bubbles: true }))
    },
  })
  textarea.classList.add("body-editor__source")
  textarea.setAttribute("aria-hidden", "true")
  textarea.tabIndex = -1
  textarea.dispatchEvent(new CustomEvent("body-editor:ready", { detail: { editor }, bubbles: true }))
  return editor
}

for (const textarea of document.querySelectorAll(SELECTOR)) createEditor(textarea)
