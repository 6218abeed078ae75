from django import template

from media_credits.attribution import credit_line

register = template.Library()


@register.simple_tag
def image_credit(image):
    return credit_line(image)
