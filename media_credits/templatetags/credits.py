from django import template

from media_credits.attribution import attribution

register = template.Library()


@register.simple_tag
def image_credit(image):
    """The credit for ``image`` as HTML, in the form its licence asks for."""
    return attribution(image).html
