"""allauth's headless API, and one test-only hook: `POST /_test/age-reset-flows?email=E` makes
E's pending password-reset flows older than allauth's timeout (what waiting 3 minutes would
do)."""
import time

from django.contrib.sessions.models import Session
from django.contrib.sessions.backends.db import SessionStore
from django.http import JsonResponse
from django.urls import include, path
from django.views.decorators.csrf import csrf_exempt

from allauth.account.internal.flows.password_reset_by_code import (
    PASSWORD_RESET_VERIFICATION_SESSION_KEY as KEY,
)


@csrf_exempt
def age_reset_flows(request):
    aged = 0
    for row in Session.objects.all():
        store = SessionStore(session_key=row.session_key)
        state = store.get(KEY)
        if state and state.get("email") == request.GET.get("email"):
            state["at"] = time.time() - 24 * 3600
            store[KEY] = state
            store.save()
            aged += 1
    return JsonResponse({"aged": aged})


urlpatterns = [
    path("_allauth/", include("allauth.headless.urls")),
    path("_test/age-reset-flows", age_reset_flows),
]
