"""The admin image library, with each picture's credit and licence and the photo desk's filters,
and uploads that show the credits read from the file at once."""

import datetime as dt

import django_filters
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.tables import Column
from wagtail.images.views import images, multiple

from media_credits.attribution import attribution
from media_credits.embedded import prefill_from_embedded_metadata
from media_credits.models import NEEDS_CREDIT

LICENCE_WARNING_DAYS = 30


class CreditedImagesFilterSet(images.ImagesFilterSet):
    missing_credit = django_filters.BooleanFilter(
        label="Missing credit",
        method="filter_missing_credit",
        widget=django_filters.widgets.BooleanWidget(),
    )
    licence_expiring = django_filters.BooleanFilter(
        label=f"Licence expires within {LICENCE_WARNING_DAYS} days",
        method="filter_licence_expiring",
        widget=django_filters.widgets.BooleanWidget(),
    )

    def filter_missing_credit(self, queryset, name, value):
        # The publish check's rule: what it would refuse for want of a credit or a licence.
        missing = NEEDS_CREDIT | Q(licence__isnull=True)
        if value is None:
            return queryset
        return queryset.filter(missing) if value else queryset.exclude(missing)

    def filter_licence_expiring(self, queryset, name, value):
        if not value:
            return queryset
        today = timezone.localdate()
        return queryset.filter(
            licence_expires__isnull=False,
            licence_expires__lte=today + dt.timedelta(days=LICENCE_WARNING_DAYS),
        )

    class Meta(images.ImagesFilterSet.Meta):
        fields = []


class CreditColumn(Column):
    def get_value(self, instance):
        return attribution(instance).text or "— missing —"


class ImageIndexView(images.IndexView):
    filterset_class = CreditedImagesFilterSet

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("licence")

    @property
    def columns(self):
        columns = super().columns
        if not columns:  # the grid layout has no columns
            return columns
        return [
            *columns[:3],
            CreditColumn("credit", label="Credit"),
            Column("licence", label="Licence", accessor="licence"),
            Column("licence_expires", label="Licence expires", accessor="licence_expires"),
            *columns[3:],
        ]


class ImageCreateView(images.CreateView):
    """One picture uploaded: go on to its edit form, where the photo desk sees (and checks) the
    credits and title read from the file, instead of back to the library."""

    def get_success_url(self):
        return reverse("wagtailimages:edit", args=(self.object.pk,))


class MultipleImageAddView(multiple.AddView):
    """Several pictures uploaded: each one's form shows the credits and title read from its file.

    The required alt text makes Wagtail keep each upload aside (an ``UploadedFile``) and show a
    form for a new image that knows nothing of the file; fill that image from the file first.
    """

    def get_edit_upload_form_context_data(self):
        upload = self.request.FILES["files[]"]
        prefill_from_embedded_metadata(self.object, upload, filename=upload.name)
        return super().get_edit_upload_form_context_data()
