from articles.models.articles import Article, ArticleQuerySet, Mention, Status
from articles.models.documents import Document
from articles.models.links import ArticleProvince, ArticleTopic
from articles.models.photos import Photo
from articles.models.topics import Topic

__all__ = [
    "Article", "ArticleProvince", "ArticleQuerySet", "ArticleTopic", "Document", "Mention", "Photo", "Status", "Topic",
]
