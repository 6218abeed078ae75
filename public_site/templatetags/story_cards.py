from django import template

from public_site.cards import cards_markup

register = template.Library()


@register.simple_tag(takes_context=True)
def story_cards(context, stories, lead=False):
    """``{% story_cards stories %}``: the stories' cards (``lead=True``: the front page's lead)."""
    return cards_markup(context["request"], list(stories), lead=lead)
