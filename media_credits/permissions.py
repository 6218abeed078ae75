"""Who may do what with pictures: Wagtail's collection permissions, with deleting kept apart.

Wagtail's image policy checks the ``wagtailimages.*_image`` permissions a group holds on a
collection (also with a custom image model), and it treats "delete" as "change" — and "add" as
"change" of one's own uploads — so anyone who may edit or upload a picture may delete it. The desk
reserves deleting to those granted ``delete_image`` (Administrators); everything else is Wagtail's.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.permission_policies.collections import CollectionOwnershipPermissionPolicy


class DeskImagePermissionPolicy(CollectionOwnershipPermissionPolicy):
    """Wagtail's ownership policy for images, where "delete" needs the delete permission itself."""

    def _is_superuser(self, user):
        return user.is_active and user.is_superuser

    def user_has_permission(self, user, action):
        if action == "delete":
            return self._check_perm(user, ["delete"])
        return super().user_has_permission(user, action)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        others = [action for action in actions if action != "delete"]
        if "delete" in actions and self._check_perm(
            user, ["delete"], collection=instance.collection
        ):
            return True
        return bool(others) and super().user_has_any_permission_for_instance(user, others, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        others = [action for action in actions if action != "delete"]
        found = self.model._default_manager.none()
        if others:
            found = super().instances_user_has_any_permission_for(user, others)
        if "delete" in actions:
            if self._is_superuser(user):
                return self.model._default_manager.all()
            if user.is_authenticated:
                deletable = self.model._default_manager.filter(
                    collection__in=self._collections_with_perm(user, ["delete"])
                )
                found = found | deletable
        return found

    def users_with_any_permission(self, actions):
        return self._users_with(actions, super().users_with_any_permission)

    def users_with_any_permission_for_instance(self, actions, instance):
        return self._users_with(
            actions,
            lambda others: super(
                DeskImagePermissionPolicy, self
            ).users_with_any_permission_for_instance(others, instance),
            collection=instance.collection,
        )

    def _users_with(self, actions, others_query, collection=None):
        others = [action for action in actions if action != "delete"]
        allowed = Q(pk__in=[])
        if others:
            allowed |= Q(pk__in=others_query(others).values("pk"))
        if "delete" in actions:
            allowed |= self._users_with_perm_filter(["delete"], collection=collection)
        return get_user_model().objects.filter(allowed).distinct()

    def collections_user_has_any_permission_for(self, user, actions):
        others = [action for action in actions if action != "delete"]
        collections = None
        if others:
            collections = super().collections_user_has_any_permission_for(user, others)
        if "delete" in actions:
            if self._is_superuser(user) or not user.is_authenticated:
                return super().collections_user_has_any_permission_for(user, ["delete"])
            deletable = self._collections_with_perm(user, ["delete"])
            collections = deletable if collections is None else collections | deletable
        return collections


def image_permission_policy():
    from wagtail.images import get_image_model

    return DeskImagePermissionPolicy(
        get_image_model(), auth_model="wagtailimages.Image", owner_field_name="uploaded_by_user"
    )
