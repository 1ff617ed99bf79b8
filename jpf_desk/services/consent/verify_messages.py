"""Words of `jpf-desk verify` (vi, fr, en): what was checked, what does not match, and
when the chain was last compared with head office. They name records by id only."""

from __future__ import annotations

from jpf_desk.domain.messages import register

register({
    "verify.ok": {
        "vi": "ĐÚNG: đã kiểm tra {receipts} biên nhận, {events} sự kiện đồng ý và {links} "
              "mắt xích của chuỗi.",
        "fr": "OK : {receipts} reçus, {events} événements de consentement et {links} maillons "
              "de la chaîne vérifiés.",
        "en": "OK: {receipts} receipts, {events} consent events and {links} chain links "
              "verified."},
    "verify.head": {
        "vi": "Đầu chuỗi: mắt xích số {position}, mã băm {hash}.",
        "fr": "Tête de chaîne : maillon n° {position}, empreinte {hash}.",
        "en": "Chain head: link {position}, hash {hash}."},
    "verify.redacted": {
        "vi": "{count} biên nhận đã được che thông tin sau khi xoá dữ liệu: kiểm tra theo "
              "mắt xích che thông tin.",
        "fr": "{count} reçus caviardés après un effacement : vérifiés par leur maillon de "
              "caviardage.",
        "en": "{count} receipts redacted after an erasure: checked against their redaction "
              "link."},
    "verify.mismatch": {
        "vi": "SAI LỆCH: {where}: {reason}",
        "fr": "NON CONFORME : {where} : {reason}",
        "en": "MISMATCH: {where}: {reason}"},
    "verify.where.receipt": {
        "vi": "biên nhận {receipt} ({code})", "fr": "reçu {receipt} ({code})",
        "en": "receipt {receipt} ({code})"},
    "verify.where.event": {"vi": "sự kiện {event}", "fr": "événement {event}",
                           "en": "event {event}"},
    "verify.where.link": {"vi": "mắt xích số {position}", "fr": "maillon n° {position}",
                          "en": "chain link {position}"},
    "verify.where.desk": {"vi": "máy này", "fr": "ce poste", "en": "this desk"},
    "verify.where.trigger": {"vi": "trình kích hoạt {trigger}", "fr": "déclencheur {trigger}",
                             "en": "trigger {trigger}"},
    "verify.reason.link": {
        "vi": "không nối đúng với bản ghi trước (chuỗi bị sửa)",
        "fr": "ne se rattache pas à l'enregistrement précédent (chaîne modifiée)",
        "en": "does not link to the previous record (the chain was changed)"},
    "verify.reason.hash": {
        "vi": "nội dung không khớp với mã băm", "fr": "le contenu ne correspond pas à son empreinte",
        "en": "content does not match its hash"},
    "verify.reason.columns": {
        "vi": "các cột lưu trữ khác với nội dung đã băm",
        "fr": "les colonnes enregistrées diffèrent du contenu haché",
        "en": "stored columns differ from the hashed content"},
    "verify.reason.gap": {
        "vi": "vị trí trong chuỗi không liên tục (thiếu một biên nhận)",
        "fr": "position dans la chaîne non continue (un reçu manque)",
        "en": "chain position out of sequence (a receipt is missing)"},
    "verify.reason.event": {
        "vi": "một sự kiện đồng ý đã bị sửa", "fr": "un événement de consentement a été modifié",
        "en": "a consent event was altered"},
    "verify.reason.events": {
        "vi": "các sự kiện đồng ý khác với nội dung biên nhận (bị thêm hoặc xoá)",
        "fr": "ses événements de consentement diffèrent de son contenu (ajoutés ou supprimés)",
        "en": "its consent events differ from its content (added or removed)"},
    "verify.reason.redaction": {
        "vi": "được đánh dấu đã che thông tin bởi một lần xoá dữ liệu không có trong hồ sơ",
        "fr": "marqué caviardé par un effacement qui n'est pas enregistré",
        "en": "content marked as redacted by an erasure that is not on record"},
    "verify.reason.trigger": {
        "vi": "trình kích hoạt chống sửa/xoá bị thiếu hoặc bị thay đổi",
        "fr": "le déclencheur qui interdit modification et suppression manque ou a changé",
        "en": "the trigger that forbids changes and deletions is missing or was changed"},
    "verify.reason.link_gap": {
        "vi": "thiếu mắt xích trong chuỗi", "fr": "un maillon de la chaîne manque",
        "en": "a chain link is missing"},
    "verify.reason.sealed_row": {
        "vi": "bản ghi đã bị sửa sau khi được niêm phong (một cột đã thay đổi)",
        "fr": "l'enregistrement a été modifié après son scellement (une colonne a changé)",
        "en": "the record was changed after it was sealed (a column differs)"},
    "verify.reason.sealed_missing": {
        "vi": "biên nhận đã niêm phong bị xoá khỏi cơ sở dữ liệu",
        "fr": "un reçu scellé a été supprimé de la base",
        "en": "a sealed receipt was deleted from the store"},
    "verify.reason.sealed_event": {
        "vi": "sự kiện đồng ý đã bị sửa sau khi được niêm phong",
        "fr": "l'événement de consentement a été modifié après son scellement",
        "en": "the consent event was changed after it was sealed"},
    "verify.reason.sealed_event_missing": {
        "vi": "sự kiện đồng ý đã niêm phong bị xoá",
        "fr": "un événement de consentement scellé a été supprimé",
        "en": "a sealed consent event was deleted"},
    "verify.reason.unsealed": {
        "vi": "biên nhận không có mắt xích niêm phong (được thêm ngoài chương trình)",
        "fr": "reçu sans maillon de scellement (ajouté hors du programme)",
        "en": "receipt without a sealing link (added outside the program)"},
    "verify.reason.head": {
        "vi": "chuỗi kết thúc sớm hơn đầu chuỗi đã ghi nhận tại máy (bản ghi mới nhất bị xoá)",
        "fr": "la chaîne finit avant la tête notée sur ce poste (derniers enregistrements "
              "supprimés)",
        "en": "the chain ends before the head recorded on this desk (newest records deleted)"},
    "verify.reason.anchor_behind": {
        "vi": "trụ sở đã nhận đầu chuỗi ở vị trí {anchored}, chuỗi tại máy chỉ có {local} "
              "mắt xích (bản ghi mới nhất bị xoá)",
        "fr": "le siège a reçu une tête de chaîne en position {anchored}, la chaîne locale n'a "
              "que {local} maillons (derniers enregistrements supprimés)",
        "en": "head office received a chain head at position {anchored}, the local chain has "
              "only {local} links (newest records deleted)"},
    "verify.reason.anchor_differs": {
        "vi": "khác với đầu chuỗi trụ sở đã nhận (chuỗi đã bị tính lại)",
        "fr": "diffère de la tête de chaîne reçue par le siège (chaîne recalculée)",
        "en": "differs from the chain head head office received (the chain was recomputed)"},
    "verify.reason.anchor_key": {
        "vi": "khoá ký của máy này khác với khoá trụ sở đang giữ: bản xuất ký tại đây sẽ "
              "không kiểm tra được",
        "fr": "la clé de signature de ce poste diffère de celle que détient le siège : les "
              "exports signés ici ne pourront pas être vérifiés",
        "en": "this desk's signing key differs from the one head office holds: exports "
              "signed here would not check"},
    "verify.anchor.compared": {
        "vi": "Đã đối chiếu với trụ sở ({heads} đầu chuỗi đã nhận) lúc {at}.",
        "fr": "Comparé avec le siège ({heads} têtes de chaîne reçues) le {at}.",
        "en": "Compared with head office ({heads} chain heads received) at {at}."},
    "verify.anchor.unreachable": {
        "vi": "Không kết nối được trụ sở: chưa đối chiếu lần này. Lần đối chiếu gần nhất: {at}.",
        "fr": "Siège injoignable : pas de comparaison cette fois. Dernière comparaison : {at}.",
        "en": "Head office unreachable: not compared this time. Last compared: {at}."},
    "verify.anchor.never": {
        "vi": "chưa bao giờ", "fr": "jamais", "en": "never"},
    "verify.anchor.not_connected": {
        "vi": "Máy này chưa kết nối trụ sở: chuỗi chỉ được kiểm tra tại máy.",
        "fr": "Ce poste n'est pas relié au siège : la chaîne n'est vérifiée que localement.",
        "en": "This desk is not connected to head office: the chain is checked locally only."},
})
