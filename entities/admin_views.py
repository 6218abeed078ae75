"""The admin's "merge into…" view for entities (people with permission to delete the duplicate)."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_POST

from entities.forms import may_add
from entities.merging import merge_entities
from entities.models import ENTITY_MODELS, normalise
from entities.names import resolve_names
from entities.suggestions import suggest

# A long feature is ~50 kB of text; anything far beyond is not an article.
MAX_SUGGEST_TEXT = 500_000


class MergeForm(forms.Form):
    target = forms.ModelChoiceField(
        queryset=None, label="Merge into", help_text="The entity that stays."
    )

    def __init__(self, *args, source, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target"].queryset = type(source).objects.exclude(pk=source.pk)


def merge_view(request, kind, pk):
    model = ENTITY_MODELS.get(kind)
    if model is None:
        raise Http404
    opts = model._meta
    for action in ("change", "delete"):
        if not request.user.has_perm(f"{opts.app_label}.{action}_{opts.model_name}"):
            raise PermissionDenied
    source = get_object_or_404(model, pk=pk)
    form = MergeForm(request.POST or None, source=source)
    if request.method == "POST" and form.is_valid():
        target = form.cleaned_data["target"]
        merge_entities(source, target)
        messages.success(request, f"“{source.name}” was merged into “{target.name}”.")
        return redirect(reverse(f"wagtailsnippets_{opts.app_label}_{opts.model_name}:list"))
    return TemplateResponse(
        request,
        "entities/merge_form.html",
        {
            "form": form,
            "source": source,
            "kind": opts.verbose_name,
            "page_title": f"Merge {opts.verbose_name}",
            "page_subtitle": source.name,
            "header_icon": "tag",
        },
    )


@require_POST
def suggest_view(request):
    """JSON: entities the posted article text mentions that are not tagged yet. Any editor who
    can reach the admin may ask; the answer only names entities, which are public anyway."""
    text = " ".join(request.POST.get(field, "") for field in ("title", "standfirst", "body"))
    tagged = {
        kind: [name.strip() for name in request.POST.get(kind, "").split(",") if name.strip()]
        for kind in ENTITY_MODELS
    }
    return JsonResponse({"suggestions": suggest(text[:MAX_SUGGEST_TEXT], tagged)})


AUTOCOMPLETE_LIMIT = 10


def autocomplete_view(request, kind):
    """Canonical names for the admin's tag field: those starting with the typed text, then those
    with an alias starting with it (typing "Kelb" offers "Kalbajar"). For someone who may add
    entities of the kind, and when the text names none, a last choice creates it: the only way
    the field makes a new entity (``static/entities/entity_tags.js``)."""
    model = ENTITY_MODELS.get(kind)
    if model is None:
        raise Http404
    term = request.GET.get("term", "").strip()[:100]
    if not term:
        return JsonResponse([], safe=False)
    names = list(
        model.objects.filter(name__istartswith=term)
        .order_by("name")
        .values_list("name", flat=True)[:AUTOCOMPLETE_LIMIT]
    )
    via_alias = (
        model.objects.filter(aliases__normalised__startswith=normalise(term))
        .exclude(name__in=names)
        .order_by("name")
        .values_list("name", flat=True)
        .distinct()[: AUTOCOMPLETE_LIMIT - len(names)]
    )
    suggestions = names + list(via_alias)
    if may_add(request.user, model) and not resolve_names(model, [term]):
        label = f"Create new {model._meta.verbose_name} “{term}”"
        suggestions.append({"label": label, "value": term, "create": True})
    return JsonResponse(suggestions, safe=False)
