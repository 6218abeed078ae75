// Tag suggestions in the article editor: sends the headline, standfirst and body text to
// /admin/entities/suggest/ and offers the known entities it mentions as one-click tags.
(function () {
  const script = document.currentScript;
  const url = script.dataset.suggestUrl;
  const KINDS = ["places", "people", "organisations", "topics"];

  function init() {
    const placesInput = document.querySelector('input[name="places"]');
    const form = placesInput && placesInput.form;
    if (!form || !form.querySelector('[name="standfirst"]')) return;  // not an article editor
    const panel = document.createElement("div");
    panel.className = "tag-suggestions help-block help-info";
    panel.innerHTML = '<p><strong>Suggested tags</strong> <button type="button" class="button button-small button-secondary">Refresh</button></p><ul class="tag-suggestions__list"></ul>';
    const field = placesInput.closest(".w-field__wrapper") || placesInput.parentElement;
    field.parentElement.insertBefore(panel, field);
    const list = panel.querySelector("ul");

    function bodyText() {
      const parts = [];
      form.querySelectorAll('[contenteditable="true"]').forEach((el) => parts.push(el.innerText));
      form.querySelectorAll('textarea[name^="body"], input[type="text"][name^="body"]').forEach(
        (el) => parts.push(el.value),
      );
      return parts.join("\n");
    }

    function addTag(kind, name) {
      const input = form.querySelector(`input[name="${kind}"]`);
      if (window.jQuery && window.jQuery(input).data("uiTagit")) {
        window.jQuery(input).tagit("createTag", name);
      } else {
        input.value = input.value ? `${input.value}, "${name}"` : `"${name}"`;
      }
    }

    async function refresh() {
      const data = new FormData();
      data.append("csrfmiddlewaretoken", form.querySelector('[name="csrfmiddlewaretoken"]').value);
      data.append("title", (form.querySelector('[name="title"]') || {}).value || "");
      data.append("standfirst", form.querySelector('[name="standfirst"]').value);
      data.append("body", bodyText());
      KINDS.forEach((kind) => {
        const input = form.querySelector(`input[name="${kind}"]`);
        if (input) data.append(kind, input.value);
      });
      const response = await fetch(url, { method: "POST", body: data, credentials: "same-origin" });
      if (!response.ok) return;
      const { suggestions } = await response.json();
      list.replaceChildren();
      if (!suggestions.length) {
        const empty = document.createElement("li");
        empty.textContent = "No untagged places, people or organisations mentioned.";
        list.append(empty);
      }
      suggestions.forEach((s) => {
        const item = document.createElement("li");
        const button = document.createElement("button");
        button.type = "button";
        button.className = "button button-small button-secondary";
        button.textContent = `+ ${s.name} (${s.label})`;
        button.addEventListener("click", () => {
          addTag(s.kind, s.name);
          item.remove();
        });
        item.append(button);
        list.append(item);
      });
    }

    let timer;
    form.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(refresh, 1500);
    });
    panel.querySelector("button").addEventListener("click", refresh);
    refresh();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
