from django.urls import path

from hifazat.safeguards import views

app_name = "safeguards"

urlpatterns = [
    path("board/", views.board, name="board"),
    path("breaches/<int:breach_id>/acknowledge/", views.acknowledge, name="acknowledge"),
    path("notices/", views.notices, name="notices"),
    path("notices/<int:notice_id>/read/", views.notice_read, name="notice_read"),
    path("notices/read/", views.notices_read_all, name="notices_read_all"),
    path("rules/", views.rule_book, name="rules"),
    path("cases/<int:case_id>/record/", views.record_step, name="record_step"),
]
