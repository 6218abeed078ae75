// The article editor's entity tag fields (Wagtail's tag-it widget, set to take suggestions only):
// Enter, Tab or a comma take the highlighted suggestion — the first one is highlighted as the
// list opens — so "Kalbajar Dist" + Enter tags "Kalbajar District Administration". A key pressed
// before the suggestions arrive takes the first of them once they do, unless that is the
// "Create new …" choice (offered to those who may add entities), which is only ever taken when
// chosen while it is shown; the names so chosen go with the form (`<field>-create`), and the
// server creates only those. Text left typed but not chosen goes with the form as a tag too, so
// the server can say there is no such entity, rather than it vanishing.
(function () {
  const KEYS = ["Enter", "Tab", ","];

  function enhance(input) {
    const $ = window.jQuery;
    const tagit = $ && $(input).data("uiTagit");
    if (!tagit) return false;
    const box = tagit.tagInput;
    const autocomplete = box.autocomplete("instance");
    box.autocomplete("option", "autoFocus", true);
    let pending = false; // a key asked for a suggestion before any was shown

    box.on("keydown", (event) => {
      if (!KEYS.includes(event.key)) {
        pending = false;
        return;
      }
      const menu = autocomplete.menu;
      if (menu.element.is(":visible") && menu.active) {
        // jQuery UI takes the active item on Enter and Tab itself; a comma does likewise here.
        if (event.key === ",") {
          event.preventDefault();
          menu.select(event);
        }
        return;
      }
      if (box.val().trim()) {
        pending = true;
        if (event.key === "Tab") event.preventDefault(); // stay until the suggestion is taken
      }
    });

    box.on("autocompleteselect", (event, ui) => {
      if (ui.item.create) chosenToCreate(input).push(ui.item.value);
    });

    input.form.addEventListener(
      "submit",
      () => {
        const typed = box.val().trim();
        if (typed) $(input).tagit("createTag", typed);
        confirmedField(input).value = chosenToCreate(input)
          .map((name) => (name.includes(" ") ? `"${name}"` : name))
          .join(", ");
      },
      true,
    );

    box.on("autocompleteopen", () => {
      if (!pending) return;
      pending = false;
      const menu = autocomplete.menu;
      const item = menu.active && menu.active.data("ui-autocomplete-item");
      if (item && !item.create) menu.select($.Event("keydown"));
    });
    return true;
  }

  const chosen = new WeakMap();
  function chosenToCreate(input) {
    if (!chosen.has(input)) chosen.set(input, []);
    return chosen.get(input);
  }

  function confirmedField(input) {
    const name = `${input.name}-create`; // entities.forms.confirmed_new_field_name
    let field = input.form.querySelector(`input[type="hidden"][name="${name}"]`);
    if (!field) {
      field = document.createElement("input");
      field.type = "hidden";
      field.name = name;
      input.after(field);
    }
    return field;
  }

  function init() {
    document.querySelectorAll("input[data-entity-tags]").forEach((input) => {
      // Wagtail's controller makes the tag-it widget when it connects: wait for it.
      let tries = 0;
      (function attempt() {
        if (!enhance(input) && tries++ < 100) setTimeout(attempt, 100);
      })();
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
