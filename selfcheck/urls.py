from django.urls import path

from selfcheck import measure_views, result_views, team_views, views

app_name = "selfcheck"

urlpatterns = [
    path("", views.IndexView.as_view(), name="index"),
    path("auswertung/", views.MethodView.as_view(), name="method"),
    path(
        "fragen/<slug:field>.pdf",
        result_views.FieldQuestionsPdfView.as_view(),
        name="questions-pdf",
    ),
    path("runde/neu/", views.RoundStartView.as_view(), name="round-start"),
    path("runde/<int:pk>/", views.RoundView.as_view(), name="round"),
    path("runde/<int:pk>/feld/<slug:field>/", views.FieldStepView.as_view(), name="step"),
    path("runde/<int:pk>/speichern/", views.AutosaveView.as_view(), name="autosave"),
    path("runde/<int:pk>/abschliessen/", views.RoundCompleteView.as_view(), name="complete"),
    path("runde/<int:pk>/wieder-oeffnen/", views.RoundReopenView.as_view(), name="reopen"),
    path("runde/<int:pk>/team/<slug:field>/", team_views.TeamFieldView.as_view(), name="team"),
    path("runde/<int:pk>/ergebnis/", result_views.ResultView.as_view(), name="result"),
    path("runde/<int:pk>/bericht.pdf", result_views.ReportPdfView.as_view(), name="report-pdf"),
    path("runde/<int:pk>/antworten.csv", result_views.AnswersCsvView.as_view(), name="answers-csv"),
    path("verlauf/", result_views.HistoryView.as_view(), name="history"),
    path("vergleich/", result_views.BenchmarkConsentView.as_view(), name="benchmark-consent"),
    path("runde/<int:pk>/zustaendigkeiten/", views.AssignmentsView.as_view(), name="assignments"),
    path("massnahmen/", measure_views.MeasuresView.as_view(), name="measures"),
    path("massnahmen/<int:pk>/", measure_views.MeasureEditView.as_view(), name="measure-edit"),
    path(
        "massnahmen/<int:pk>/loeschen/",
        measure_views.MeasureDeleteView.as_view(),
        name="measure-delete",
    ),
    path(
        "runde/<int:pk>/massnahme-aus-anregung/",
        measure_views.SuggestionMeasureView.as_view(),
        name="measure-from-suggestion",
    ),
]
