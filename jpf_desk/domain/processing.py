"""Why processing a customer's data for a purpose is refused: one vocabulary for every path.

Enrolment, sends to partners, answers to partners, marketing and analytics lists all ask
the same gate (`services/rights/processing.py`); when it says no, the person at the desk
reads which of the customer's choices stops it, never a bare "not allowed".
"""

from __future__ import annotations

from enum import StrEnum

from jpf_desk.domain.errors import DomainError
from jpf_desk.domain.labels import register_labels
from jpf_desk.domain.messages import register


class ProcessingRefusal(StrEnum):
    """The customer's choice (or missing choice) that stops a processing path."""

    RESTRICTED = "restricted"
    OBJECTED = "objected"
    CONSENT_WITHDRAWN = "consent_withdrawn"
    NO_CONSENT = "no_consent"
    NO_SENSITIVE_CONSENT = "no_sensitive_consent"
    HANDOVER_DUE = "handover_due"
    RETENTION_ENDED = "retention_ended"
    ERASED = "erased"


register_labels(ProcessingRefusal, {
    "restricted": {"vi": "Khách hàng đã yêu cầu hạn chế xử lý",
                   "fr": "Le client a demandé la limitation du traitement",
                   "en": "The customer asked to restrict processing"},
    "objected": {"vi": "Khách hàng đã phản đối xử lý",
                 "fr": "Le client s'est opposé au traitement",
                 "en": "The customer objected to processing"},
    "consent_withdrawn": {"vi": "Khách hàng đã rút lại sự đồng ý",
                          "fr": "Le client a retiré son consentement",
                          "en": "The customer withdrew consent"},
    "no_consent": {"vi": "Khách hàng chưa đồng ý", "fr": "Le client n'a pas consenti",
                   "en": "The customer has not consented"},
    "no_sensitive_consent": {"vi": "Chưa có đồng ý cho dữ liệu nhạy cảm",
                             "fr": "Pas de consentement pour des données sensibles",
                             "en": "No consent for sensitive data"},
    "handover_due": {"vi": "Khách hàng đã đủ 16 tuổi: cần hỏi lại chính họ",
                     "fr": "Le client a 16 ans : lui redemander ses choix",
                     "en": "The customer is 16: ask them for their own choices"},
    "retention_ended": {"vi": "Hết thời hạn lưu trữ của sự đồng ý",
                        "fr": "Durée de conservation du consentement écoulée",
                        "en": "The consent's retention period is over"},
    "erased": {"vi": "Dữ liệu khách hàng đã bị xoá", "fr": "Les données du client sont effacées",
               "en": "The customer's data was erased"},
})

register({
    "processing.restricted": {
        "vi": "Không thể thực hiện: khách hàng đã yêu cầu hạn chế xử lý dữ liệu cho mục đích "
              "«{purpose}».",
        "fr": "Impossible : le client a demandé la limitation du traitement pour « {purpose} ».",
        "en": "Not possible: the customer asked to restrict processing for \"{purpose}\"."},
    "processing.objected": {
        "vi": "Không thể thực hiện: khách hàng đã phản đối việc xử lý dữ liệu cho mục đích "
              "«{purpose}».",
        "fr": "Impossible : le client s'est opposé au traitement pour « {purpose} ».",
        "en": "Not possible: the customer objected to processing for \"{purpose}\"."},
    "processing.consent_withdrawn": {
        "vi": "Không thể thực hiện: khách hàng đã rút lại sự đồng ý cho mục đích «{purpose}».",
        "fr": "Impossible : le client a retiré son consentement pour « {purpose} ».",
        "en": "Not possible: the customer withdrew consent for \"{purpose}\"."},
    "processing.no_consent": {
        "vi": "Không thể thực hiện: khách hàng chưa đồng ý cho mục đích «{purpose}». "
              "Hãy ghi nhận sự đồng ý trước.",
        "fr": "Impossible : le client n'a pas consenti pour « {purpose} ». "
              "Recueillez d'abord son consentement.",
        "en": "Not possible: the customer has not consented to \"{purpose}\". "
              "Record their consent first."},
    "processing.no_sensitive_consent": {
        "vi": "Không thể gửi: khách hàng chưa đồng ý cho JPF xử lý dữ liệu nhạy cảm "
              "«{kinds}» (giấy tờ: {items}).",
        "fr": "Envoi refusé : le client n'a pas consenti au traitement des données sensibles "
              "« {kinds} » (documents : {items}).",
        "en": "Refused: the customer has not consented to JPF processing the sensitive data "
              "\"{kinds}\" (documents: {items})."},
    "processing.handover_due": {
        "vi": "Không thể thực hiện: khách hàng đã đủ 16 tuổi, sự đồng ý của người giám hộ "
              "không còn thay cho họ. Hãy hỏi chính khách hàng (chuyển giao đồng ý).",
        "fr": "Impossible : le client a 16 ans, le consentement du représentant ne vaut plus "
              "pour lui. Demandez-lui ses propres choix (transfert du consentement).",
        "en": "Not possible: the customer is 16 and the guardian's consent no longer speaks "
              "for them. Ask them for their own choices (consent handover)."},
    "processing.retention_ended": {
        "vi": "Không thể thực hiện: sự đồng ý cho mục đích «{purpose}» đã hết thời hạn lưu trữ. "
              "Hãy hỏi lại khách hàng.",
        "fr": "Impossible : la durée de conservation du consentement pour « {purpose} » est "
              "écoulée. Redemandez-le au client.",
        "en": "Not possible: the consent for \"{purpose}\" is past its retention period. "
              "Ask the customer again."},
    "processing.erased": {
        "vi": "Không thể thực hiện: dữ liệu của khách hàng đã bị xoá.",
        "fr": "Impossible : les données du client ont été effacées.",
        "en": "Not possible: the customer's data was erased."},
})


class ProcessingRefused(DomainError):
    """A processing path met a customer's choice that stops it; `reason` says which."""

    reason: ProcessingRefusal

    def __init__(self, reason: ProcessingRefusal, *, field: str | None = None,
                 **params: object) -> None:
        self.reason = reason
        super().__init__(f"processing.{reason.value}", field=field, **params)

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild, (self.reason, self.field, self.params))


def _rebuild(reason: ProcessingRefusal, field: str | None,
             params: dict[str, object]) -> ProcessingRefused:
    return ProcessingRefused(reason, field=field, **params)
