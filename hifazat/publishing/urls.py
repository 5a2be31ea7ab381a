from django.urls import path

from hifazat.publishing import views

app_name = "publishing"

urlpatterns = [
    path("", views.release_list, name="releases"),
    path("new/", views.release_create, name="release_create"),
    path("review/", views.review_queue, name="review_queue"),
    path("check/", views.check_text, name="check_text"),
    path("<int:release_id>/", views.release_detail, name="release"),
    path("<int:release_id>/review/", views.release_review, name="release_review"),
    path("<int:release_id>/edit/", views.release_edit, name="release_edit"),
    path("<int:release_id>/check/", views.release_check, name="release_check"),
    path("<int:release_id>/photos/", views.attachment_add, name="attachment_add"),
    path(
        "<int:release_id>/photos/<int:attachment_id>/remove/",
        views.attachment_remove,
        name="attachment_remove",
    ),
    path("<int:release_id>/override/", views.release_override, name="release_override"),
    path("<int:release_id>/approve/media/", views.approve_media, name="approve_media"),
    path("<int:release_id>/approve/command/", views.approve_command, name="approve_command"),
    path("<int:release_id>/publish/", views.release_publish, name="release_publish"),
]
