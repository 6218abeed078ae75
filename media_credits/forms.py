from django import forms
from PIL import Image as PILImage
from wagtail.images.forms import BaseImageForm

from media_credits.trailing_data import appended_payload

CORRUPT_MESSAGE = (
    "This image file is damaged or incomplete and cannot be used. "
    "Please upload the original file again."
)

POLYGLOT_MESSAGE = (
    "This file has something else hidden after the picture (such as a web page or a script) "
    "and cannot be used. Export the picture again from your photo software and upload that."
)


def _refusing_unreadable(to_python):
    """Wagtail 8.0's pixel-count check lets Pillow's OSError for a truncated file escape the
    field (a server error); make it the form error it should be."""

    def clean(data):
        try:
            return to_python(data)
        except OSError as error:
            raise forms.ValidationError(CORRUPT_MESSAGE, code="corrupt_image") from error

    return clean


class CreditedImageForm(BaseImageForm):
    """The admin image form: alt text is required, and the whole file must decode."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "alt_text" in self.fields:
            self.fields["alt_text"].required = True
        if "title" in self.fields and not self.instance.pk:
            # A new picture names itself (its embedded title, else its file name) when saved,
            # so an upload never depends on the page's script having copied the file name.
            title = self.fields["title"]
            title.required = False
            title.help_text = (
                "Leave empty to use the title in the picture's own data, or its file name."
            )
        if "file" in self.fields:
            self.fields["file"].to_python = _refusing_unreadable(self.fields["file"].to_python)

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and uploaded is not self.original_file:
            # Wagtail checks type, size and pixel count from the header; decoding every pixel
            # also catches truncated and corrupt files before they become broken renditions.
            try:
                uploaded.seek(0)
                with PILImage.open(uploaded) as picture:
                    picture.load()
                    image_format = picture.format
            except Exception as error:  # noqa: BLE001 - Pillow raises many kinds of error
                raise forms.ValidationError(CORRUPT_MESSAGE, code="corrupt_image") from error
            finally:
                uploaded.seek(0)
            # A picture with a page or script appended still decodes: refuse the polyglot.
            data = uploaded.read()
            uploaded.seek(0)
            if appended_payload(data, image_format):
                raise forms.ValidationError(POLYGLOT_MESSAGE, code="polyglot")
        return uploaded
