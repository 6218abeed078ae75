"""The one place where an image's credit line is made."""


def credit_line(image):
    """The credit shown under an image: "Photo: Jane Doe / AFP", "Photo: AFP" or ""."""
    if image is None:
        return ""
    parts = [part for part in (image.creator, image.credit_line) if part]
    return "Photo: " + " / ".join(parts) if parts else ""
