from django.urls import path

from . import views

app_name = "articles"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("articles/", views.ArticleListView.as_view(), name="list"),
    path("articles/<slug:slug>/", views.ArticleDetailView.as_view(), name="detail"),
    path("sections/<path:path>/", views.SectionView.as_view(), name="section"),
    path("sources/<slug:slug>/", views.SourceView.as_view(), name="source"),
]
