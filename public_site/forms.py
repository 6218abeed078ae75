from django import forms

from articles.models import SectionPage
from entities.models import ENTITY_MODELS

# Long enough for any real question; anything longer is cut, not refused.
MAX_QUERY_LENGTH = 200


class SearchForm(forms.Form):
    q = forms.CharField(required=False, label="Search")
    section = forms.ModelChoiceField(
        queryset=SectionPage.objects.none(),
        required=False,
        empty_label="All sections",
    )
    entity = forms.CharField(required=False, widget=forms.HiddenInput)
    date_from = forms.DateField(
        required=False, label="From", widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        required=False, label="To", widget=forms.DateInput(attrs={"type": "date"})
    )

    # Rank matches in the whole archive rather than among the newest stories (public_site.search).
    archive = forms.BooleanField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Set per form: which sections readers may see can change while the process lives.
        self.fields["section"].queryset = SectionPage.objects.visible_to_readers().order_by("title")

    def clean_q(self):
        # Control characters (NUL breaks PostgreSQL) go; the rest is searched as plain text.
        query = "".join(ch for ch in self.cleaned_data["q"] if ch.isprintable() or ch == " ")
        return " ".join(query.split())[:MAX_QUERY_LENGTH]

    def clean_entity(self):
        """ "places/kalbajar" -> the Place, or None; an unknown one is a form error."""
        value = self.cleaned_data["entity"].strip()
        if not value:
            return None
        kind, _, slug = value.partition("/")
        model = ENTITY_MODELS.get(kind)
        entity = model.objects.filter(slug=slug).first() if model else None
        if entity is None:
            raise forms.ValidationError("No such place, person, organisation or topic.")
        return entity

    def clean(self):
        data = super().clean()
        if data.get("date_from") and data.get("date_to") and data["date_from"] > data["date_to"]:
            self.add_error("date_to", "The end date is before the start date.")
        return data
