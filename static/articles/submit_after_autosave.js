// Wagtail 8 creates a new story at its first autosave. A Save, Submit or Publish clicked while
// that autosave is still on its way would post the create form a second time and make a second
// story ("…-2"). Hold such a click until the autosave has answered, then send it to the story
// the autosave created (the form's action is by then that story's edit view).
(() => {
  const FORM_ID = 'page-edit-form';
  const GIVE_UP_AFTER_MS = 20000; // a hung autosave must not swallow the click for good
  let autosaving = false;
  let held = null;

  const isEditor = (event) => event.target && event.target.id === FORM_ID;
  const isCreateForm = (form) => /\/pages\/add\//.test(new URL(form.action).pathname);

  // The header and footer are redrawn when the create view becomes an edit view: find the
  // clicked button's twin in the form as it is now.
  const twin = (form, submitter) => {
    if (!submitter || !submitter.name) return null;
    return [...form.querySelectorAll('button[type=submit], input[type=submit]')].find(
      (button) => button.name === submitter.name && button.value === submitter.value,
    );
  };

  const release = () => {
    if (!held) return;
    const { form, submitter, timer } = held;
    held = null;
    clearTimeout(timer);
    const button = submitter && submitter.isConnected ? submitter : twin(form, submitter);
    if (button) button.disabled = false; // a disabled button's name would not be sent
    form.requestSubmit(button || undefined);
  };

  document.addEventListener('w-autosave:save', (event) => {
    if (isEditor(event) && !event.defaultPrevented) autosaving = true;
  });
  ['w-autosave:success', 'w-autosave:error'].forEach((name) =>
    document.addEventListener(name, (event) => {
      if (!isEditor(event)) return;
      autosaving = false;
      release();
    }),
  );

  document.addEventListener(
    'submit',
    (event) => {
      const form = event.target;
      if (form.id !== FORM_ID || !autosaving || !isCreateForm(form)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      if (held) return; // already waiting on the same autosave
      held = {
        form,
        submitter: event.submitter,
        timer: setTimeout(() => {
          autosaving = false;
          release();
        }, GIVE_UP_AFTER_MS),
      };
    },
    true,
  );
})();
