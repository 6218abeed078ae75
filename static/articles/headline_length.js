// The headline's length against the desk's limit (NEWSROOM_HEADLINE_MAX_LENGTH), live as the
// reporter types: "42 / 100", a warning past the limit. Publishing checks the same limit.
(() => {
  const input = document.querySelector("input[data-headline-limit]");
  if (!input) return;
  const limit = Number(input.dataset.headlineLimit);
  const counter = document.createElement("p");
  counter.id = `${input.id}-length`;
  counter.className = "headline-length";
  counter.dataset.headlineLength = "";
  input.insertAdjacentElement("afterend", counter);
  input.setAttribute(
    "aria-describedby",
    [input.getAttribute("aria-describedby"), counter.id].filter(Boolean).join(" "),
  );
  const update = () => {
    const length = [...input.value].length; // characters, as the server counts them
    const over = length - limit;
    counter.textContent =
      over > 0 ? `${length} / ${limit} — ${over} too long` : `${length} / ${limit}`;
    counter.classList.toggle("headline-length--over", over > 0);
  };
  input.addEventListener("input", update);
  update();
})();
