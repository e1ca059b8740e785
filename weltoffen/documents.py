"""Generated files kept in storage (StoredDocument): built by a task, served with their ETag and
Last-Modified, rebuilt when their data version changes. A request never waits for a large one: it
gets the last built copy while the task builds the new one (with the immediate backend of
development and tests the task runs at once, so the copy is current)."""

from datetime import timedelta
from functools import partial

from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Q
from django.http import FileResponse, HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response
from django.utils.http import http_date

from weltoffen.models import StoredDocument

# A build queued this long ago and not done (worker stopped mid-task, task lost) is queued again.
REQUEUE_AFTER = timedelta(minutes=30)


def stored(key: str) -> StoredDocument | None:
    return StoredDocument.objects.filter(key=key).first()


def request_build(key: str, version: str, task, **kwargs) -> bool:
    """Queues task(**kwargs) to build `key` for `version`, once per version: concurrent requests
    that notice the same change queue one build. Returns whether this call queued it."""
    now = timezone.now()
    StoredDocument.objects.get_or_create(key=key)
    due = (
        Q(key=key)
        & ~Q(version=version, file__gt="")
        & (~Q(requested_version=version) | Q(requested_at__lt=now - REQUEUE_AFTER))
    )
    with transaction.atomic():  # the queued task (database backend) commits with the mark
        if not StoredDocument.objects.filter(due).update(
            requested_version=version, requested_at=now
        ):
            return False
        task.enqueue(**kwargs)
    return True


def obtain(key: str, version: str, task, *, build_here, **kwargs) -> StoredDocument | None:
    """The document to serve: the current copy; else the last built copy, while task(**kwargs)
    builds the new one; else, when none was built yet, one built in this request if build_here()
    says it is small enough; else None (the caller answers "being built, try again later")."""
    document = stored(key)
    if document and document.file and not is_readable(document):
        StoredDocument.objects.filter(pk=document.pk).update(file="", version="")
        document = None
    if document and document.is_current(version):
        return document
    request_build(key, version, task, **kwargs)
    document = stored(key)  # with the immediate backend the task has just built it
    if document and document.file:
        return document
    if build_here():
        task.call(**kwargs)
        return stored(key)
    return None


def build(key: str, version: str, render, *, filename: str, stand=None) -> str:
    """The body of a build task: stores render() as `key` unless the stored copy is current and
    readable (a task that runs twice builds once). Returns "built" or "current"."""
    started = timezone.now()  # before the data is read, so that a later build wins (store)
    document = stored(key)
    if document and document.is_current(version) and is_readable(document):
        return "current"
    store(key, render(), version=version, filename=filename, stand=stand, started=started)
    return "built"


def store(key: str, content: bytes, *, version: str, filename: str, stand=None, started=None):
    """Keeps `content` as the document `key` built from `version` (read at `started`). A build
    that started before the stored one (two workers, an older version finishing late) is dropped."""
    started = started or timezone.now()
    document, _created = StoredDocument.objects.get_or_create(key=key)
    name = document.file.storage.save(f"{key}-{version}.pdf", ContentFile(content))
    with transaction.atomic():
        document = StoredDocument.objects.select_for_update().get(pk=document.pk)
        if document.built_at and document.built_at > started:
            document.file.storage.delete(name)
            return document
        old = document.file.name
        document.file.name = name
        document.filename, document.version, document.stand = filename, version, stand
        document.built_at = started
        document.save()
        if old and old != name:
            transaction.on_commit(lambda: document.file.storage.delete(old))
    return document


def is_readable(document) -> bool:
    """The row names a file that is there (a lost documents directory means: build again)."""
    return bool(document and document.file and document.file.storage.exists(document.file.name))


def response(request, document, *, cache_control="no-cache"):
    """The stored file as a download, or 304 for a client that has this copy."""
    headers = {"ETag": document.etag, "Cache-Control": cache_control}
    modified = document.stand or document.built_at
    if modified:
        headers["Last-Modified"] = http_date(modified.timestamp())
    not_modified = get_conditional_response(
        request,
        etag=headers["ETag"],
        last_modified=int(modified.timestamp()) if modified else None,
        response=HttpResponse(headers=headers),
    )
    if not_modified is not None and not_modified.status_code == 304:
        return not_modified
    answer = FileResponse(
        document.file.open("rb"),
        as_attachment=True,
        filename=document.filename,
        content_type="application/pdf",
    )
    for name, value in headers.items():
        answer[name] = value
    return answer


def drop(key: str) -> None:
    """Forgets the document `key` (e.g. the report of a round that was reopened): the row now,
    inside the caller's transaction; the file once that has committed."""
    for document in StoredDocument.objects.filter(key=key):
        name = document.file.name
        document.delete()
        if name:
            transaction.on_commit(partial(document.file.storage.delete, name))


def prune(prefix: str, keep: set[str]) -> int:
    """Deletes the stored documents under a key prefix that are not in `keep` (e.g. the reports
    of deleted rounds), file and row."""
    gone = StoredDocument.objects.filter(key__startswith=prefix).exclude(key__in=keep)
    count = 0
    for document in gone:
        if document.file:
            document.file.storage.delete(document.file.name)
        document.delete()
        count += 1
    return count
