from django import template
from django.utils.safestring import mark_safe

from articles.cards import card_html

register = template.Library()


@register.simple_tag(takes_context=True)
def story_cards(context, stories, lead=False):
    """``{% story_cards stories %}``: the stories' cards (``lead=True``: the front page's lead)."""
    return mark_safe("".join(card_html(context["request"], list(stories), lead=lead)))  # noqa: S308
