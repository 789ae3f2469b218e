"""Which scenario writes which file, in which language; builds every message."""
import datetime as dt
import random

import gen_neg1 as N1
import gen_neg2 as N2
import gen_neg3 as N3
import gen_pos1 as P1
import gen_pos2 as P2
import gen_pos3 as P3
from gen_common import SEED, Factory
from gen_compose import compose
from gen_mime import msgid
from gen_text import Ctx

TYPE_ORDER = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin",
              "ca_health_number", "be_niss", "fr_nir", "mrn", "diagnosis",
              "medication", "lab_result", "patient_contact",
              "social_information"]

POSITIVE = [
    P1.or_booking, P1.preop_clinic, P1.anesth_consult, P1.waitlist,
    P1.postop_call, P1.postop_call_list, P1.census,
    P2.discharge, P2.pharmacy_rx, P2.pathology, P2.imaging, P2.transport,
    P2.referral, P2.insurer_form, P2.ohip_patient, P2.belgian_patient,
    P2.french_patient,
    P3.social_work, P3.ics_appointment, P3.vcard_patient, P3.quick_note,
    P3.patient_email_fwd, P3.reply_quoted, P3.attached_eml, P3.zip_preop,
    P3.critical_lab, P3.cancel_rebook, P3.homecare, P3.filename_only,
    P3.subject_only,
]
NEGATIVE = [
    N1.or_staffing, N1.oncall, N1.leave, N1.occ_health, N1.payroll,
    N1.candidates, N1.staff_social, N1.job_posting, N1.resident_schedule,
    N1.credentialing, N1.expense, N1.directory,
    N2.invoice, N2.purchase_order, N2.recall, N2.drug_shortage, N2.it_notice,
    N2.facilities, N2.sterile, N2.vendor_visit, N2.inventory,
    N3.newsletter, N3.conference, N3.committee, N3.minutes, N3.waitlist_stats,
    N3.quality_stats, N3.teaching_case, N3.blank_form, N3.template, N3.policy,
    N3.research, N3.patient_education, N3.block_allocation, N3.fwd_admin,
    N3.reply_admin,
]

N_POS, N_NEG = 120, 180


def plan(rng):
    pos = []
    for fn in POSITIVE:
        pos += [(fn, lang) for lang in ("fr", "en", "fr", "en")]
    neg = []
    for i, fn in enumerate(NEGATIVE):
        langs = ("fr", "en", "fr", "en", "fr") if i % 2 == 0 else ("en", "fr", "en", "fr", "en")
        neg += [(fn, lang) for lang in langs]
    assert len(pos) == N_POS and len(neg) == N_NEG
    rng.shuffle(pos)
    rng.shuffle(neg)
    return pos, neg


def forward_wrap(c, spec, lang):
    """Someone forwards the whole message (with its attachments) inline."""
    r = c.rng
    fwd = c.f.staff(r.choice(["secretary", "manager", "booking"]))
    to = c.f.staff(r.choice(["surgeon", "manager", "secretary", "preop_nurse"]))
    fr = lang == "fr"
    note = r.choice(["Pour info.", "Peux-tu t'en occuper ?", "Voir ci-dessous, merci.", "À traiter svp."] if fr else
                    ["FYI.", "Can you take care of this?", "See below, thanks.", "Please action."])
    hdr = c.fwd_header(spec["frm"], spec["to"][0], spec["date"], spec["subject"], lang)
    new = dict(spec)
    new["blocks"] = [("p", c.hello(lang, to)), ("p", note), ("sig", c.sig(fwd, lang, short=True)),
                     ("fwd", hdr, spec["blocks"])]
    new["subject"] = ("TR: " if fr else "Fwd: ") + spec["subject"]
    new["frm"] = (fwd.full, fwd.addr)
    new["to"] = [(to.full, to.addr)]
    new["cc"] = None
    new["date"] = spec["date"] + dt.timedelta(minutes=r.randrange(15, 600))
    new["msgid"] = msgid(c.tag + "f", r)
    new.pop("alt_calendar", None)
    return new


def build():
    """Return a list of records: relpath, raw bytes, label dict, meta."""
    rng = random.Random(SEED)
    fac = Factory(rng)
    pos, neg = plan(rng)
    out = []
    for kind, items in (("positive", pos), ("negative", neg)):
        for i, (fn, lang) in enumerate(items, 1):
            tag = ("p" if kind == "positive" else "n") + f"{i:03d}"
            c = Ctx(rng, fac, tag)
            res = fn(c, lang)
            if not res["spec"].get("in_reply_to") and rng.random() < 0.1:
                res["spec"] = forward_wrap(c, res["spec"], lang)
            raw = compose(res["spec"], rng, tag)
            rel = f"{kind}/{tag}_{res['cat']}.eml"
            types = [t for t in TYPE_ORDER if t in c.types] if kind == "positive" else []
            label = {"confidential": kind == "positive", "types": types,
                     "lang": lang, "note": res["note"]}
            meta = {"ids": list(c.ids), "holders": list(c.holders),
                    "scenario": fn.__name__}
            if kind == "negative":
                assert not c.ids and not c.holders, (tag, fn.__name__)
            out.append((rel, raw, label, meta))
    return out
