#!/usr/bin/env python3
"""Generate the held-out DLP corpus (flavour: emergency department and surgery).

Writes positive/pNNN_<category>.eml (120), negative/nNNN_<category>.eml (180) and
labels.json next to this file (or under --out DIR), then self-checks the result
and prints counts and a sha256 digest. Deterministic for a given --seed.
"""
import argparse
import hashlib
import io
import json
import os
import random
import re
import shutil
import sys
import zipfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import email  # noqa: E402
import email.policy  # noqa: E402

from stdnum import luhn  # noqa: E402
from stdnum.be import nn as be_nn  # noqa: E402
from stdnum.ca import sin as ca_sin  # noqa: E402
from stdnum.fr import nir as fr_nir  # noqa: E402

from cgen import ids, world, pos_a, pos_b, neg_a, neg_b  # noqa: E402
from cgen.common import Ctx, Pool, fw_prefix  # noqa: E402
from cgen.mime import serialize  # noqa: E402
from cgen.pos_b import Who  # noqa: E402

DEFAULT_SEED = 6363
N_POS, N_NEG = 120, 180
TYPE_ORDER = ["ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn", "date_of_birth", "patient_name",
              "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]

# (category, builder, count, probability of French)
POSITIVE_PLAN = [
    ("ed_handover", pos_a.ed_handover, 7, 0.55), ("or_schedule", pos_a.or_schedule, 6, 0.55),
    ("trauma_transfer", pos_a.trauma_transfer, 6, 0.55), ("preop_clinic", pos_a.preop_clinic, 6, 0.5),
    ("bed_request", pos_a.bed_request, 5, 0.6), ("ambulance_booking", pos_a.ambulance_booking, 6, 0.6),
    ("ed_discharge_gp", pos_a.ed_discharge_gp, 5, 0.6), ("critical_lab", pos_a.critical_lab, 4, 0.5),
    ("surgical_consult", pos_a.surgical_consult, 5, 0.5), ("social_work", pos_a.social_work, 5, 0.6),
    ("or_cancellation", pos_a.or_cancellation, 4, 0.6), ("incident_report", pos_a.incident_report, 4, 0.5),
    ("pacu_handover", pos_a.pacu_handover, 4, 0.5), ("blood_bank", pos_a.blood_bank, 4, 0.5),
    ("ontario_transfer", pos_b.ontario_transfer, 5, 0.15), ("foreign_patient", pos_b.foreign_patient, 6, 0.85),
    ("ics_surgery", pos_b.ics_surgery, 4, 0.5), ("vcard_contact", pos_b.vcard_contact, 3, 0.6),
    ("zip_scans", pos_b.zip_scans, 4, 0.6), ("eml_forward", pos_b.eml_forward, 5, 0.5),
    ("quoted_reply", pos_b.quoted_reply, 6, 0.55), ("subject_only", pos_b.subject_only, 4, 0.5),
    ("sin_injury_form", pos_b.cnesst_sin, 4, 0.6), ("csv_export", pos_b.csv_export, 4, 0.5),
    ("disguised_ids", pos_b.disguised_ids, 4, 0.6),
]
NEGATIVE_PLAN = [
    ("staff_roster", neg_a.staff_roster, 8, 0.55), ("shift_swap", neg_a.shift_swap, 7, 0.55),
    ("or_block_schedule", neg_a.or_block_schedule, 8, 0.55), ("equipment_recall", neg_a.equipment_recall, 8, 0.5),
    ("equipment_maintenance", neg_a.equipment_maintenance, 6, 0.5), ("bed_census", neg_a.bed_census, 8, 0.55),
    ("ambulance_stats", neg_a.ambulance_stats, 6, 0.55), ("mm_rounds_anon", neg_a.mm_rounds_anon, 7, 0.5),
    ("newsletter", neg_a.newsletter, 6, 0.55), ("job_posting", neg_a.job_posting, 6, 0.6),
    ("committee_notice", neg_a.committee_notice, 7, 0.55), ("it_downtime", neg_a.it_downtime, 7, 0.5),
    ("facilities", neg_a.facilities, 5, 0.6), ("invoice_po", neg_a.invoice_po, 7, 0.5),
    ("occ_health_staff", neg_b.occ_health_staff, 5, 0.55), ("leave_request", neg_b.leave_request, 5, 0.55),
    ("rounds_speakers", neg_b.rounds_speakers, 6, 0.5), ("blank_form", neg_b.blank_form, 6, 0.55),
    ("protocol_update", neg_b.protocol_update, 7, 0.5), ("pharmacy_shortage", neg_b.pharmacy_shortage, 6, 0.5),
    ("quality_indicators", neg_b.quality_indicators, 6, 0.5), ("training_course", neg_b.training_course, 6, 0.55),
    ("staff_directory", neg_b.staff_directory, 5, 0.5), ("meeting_ics", neg_b.meeting_ics, 6, 0.5),
    ("simulation_scenario", neg_b.simulation_scenario, 5, 0.5), ("mci_exercise", neg_b.mci_exercise, 5, 0.55),
    ("staff_thread", neg_b.staff_reply_threads, 6, 0.55), ("aggregate_csv", neg_b.aggregate_csv, 5, 0.5),
    ("vendor_mail", neg_b.vendor_mail, 5, 0.5),
]
NO_WRAP = {"quoted_reply", "eml_forward", "subject_only", "staff_thread", "shift_swap"}


def wrap_forward(c, m):
    """Generic inline forward by another staff member (applied to both classes alike)."""
    r = c.rng
    who = c.staff(r.choice(['asi', 'icu', 'agent', 'chef', 'bloc']), 'rn')
    to = [c.staff(r.choice(['asi', 'agent', 'urg', 'chir']), 'rn')]
    c.date = c.date + __import__('datetime').timedelta(minutes=r.randrange(10, 2000))
    intro = r.choice([c.t("Pour info.", "FYI."), c.t("Peux-tu regarder?", "Can you take a look?"),
                      c.t("Je te transfère, à traiter.", "Forwarding, please action."), ""])
    blocks = ([intro] if intro else []) + [c.sig(who, short=True), c.fwd(Who(m), m.to, r.randrange(10, 2000), m.subject, m.blocks)]
    return c.mail(who, to, fw_prefix(c) + m.subject, blocks, attachments=m.attachments)


def build_all(seed):
    master = random.Random(f"corpus-{seed}")
    blind = ids.load_blind(os.path.join(HERE, os.pardir, 'blind_nams.txt'))
    pool = Pool(random.Random(f"pool-{seed}"), blind)
    out = []
    for cls, plan, total in (("positive", POSITIVE_PLAN, N_POS), ("negative", NEGATIVE_PLAN, N_NEG)):
        slots = [(cat, fn, pfr) for cat, fn, n, pfr in plan for _ in range(n)]
        assert len(slots) == total, (cls, len(slots))
        master.shuffle(slots)
        for i, (cat, fn, pfr) in enumerate(slots, 1):
            rng = random.Random(f"{seed}-{cls}-{i}-{cat}")
            lang = 'fr' if rng.random() < pfr else 'en'
            c = Ctx(rng, pool, lang)
            mail = fn(c)
            if cat not in NO_WRAP and rng.random() < 0.12:
                mail = wrap_forward(c, mail)
                c.notes.append("inline-forwarded")
            mail.lang = c.lang
            crlf = rng.random() < 0.5
            raw = serialize(mail, rng, eol_crlf=crlf)
            name = f"{cls}/{cls[0]}{i:03d}_{cat}.eml"
            types = [t for t in TYPE_ORDER if t in c.types]
            assert set(types) == c.types, c.types
            label = {"confidential": cls == "positive", "types": types, "lang": c.lang,
                     "note": "; ".join(c.notes) + ("" if cls == "positive" else "") + (" [CRLF]" if crlf else " [LF]")}
            out.append((name, raw, label))
    return out, blind


# ---------------------------------------------------------------- self-check
def pdf_text(blob):
    """Text-showing operands of an uncompressed PDF (enough for checks)."""
    out = []
    for m in re.finditer(rb'\((.*?)(?<!\\)\) Tj', blob):
        out.append(re.sub(rb'\\(.)', rb'\1', m.group(1)).decode('cp1252', 'replace'))
    return "\n".join(out)


def decoded_text(msg):
    """Concatenate subject and every decodable text from all parts (for checks)."""
    chunks = [str(msg.get('subject', ''))]
    for part in msg.walk():
        fn = part.get_filename()
        if fn:
            chunks.append(fn)
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        content = part.get_content()
        if ct == 'message/rfc822':
            chunks.append(decoded_text(content))
        elif isinstance(content, str):
            chunks.append(content)
        elif isinstance(content, bytes):
            if content[:2] == b'PK':
                z = zipfile.ZipFile(io.BytesIO(content))
                for n in z.namelist():
                    chunks.append(n)
                    blob = z.read(n)
                    if n.endswith('.xml'):
                        chunks.append(re.sub(r'<[^>]+>', ' ', blob.decode('utf-8', 'replace')))
                    elif blob[:4] == b'%PDF':
                        chunks.append(pdf_text(blob))
            elif content[:4] == b'%PDF':
                chunks.append(pdf_text(content))
            else:
                raise AssertionError(f"unexpected binary part {ct}")
    return "\n".join(chunks)


ID_CHECKS = [
    ("ca_sin", r'(?<!\d)\d{3}[ -]?\d{3}[ -]?\d{3}(?!\d)', ca_sin.is_valid),
    ("ca_health_number", r'(?<!\d)\d{4}[ -]?\d{3}[ -]?\d{3}(?!\d)', lambda x: len(x) == 10 and luhn.is_valid(x)),
    ("be_niss", r'(?<!\d)\d{2}[ .]?\d{2}[ .]?\d{2}[ .\-]?\d{3}[ .]?\d{2}(?!\d)', be_nn.is_valid),
    ("fr_nir", r'(?<!\d)[12] ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}(?!\d)', fr_nir.is_valid),
]


def self_check(outdir, items, blind):
    files = []
    for sub in ('positive', 'negative'):
        for fn in sorted(os.listdir(os.path.join(outdir, sub))):
            files.append(f"{sub}/{fn}")
    with open(os.path.join(outdir, 'labels.json'), encoding='utf-8') as fh:
        labels = json.load(fh)
    assert sorted(labels) == sorted(files), "labels do not cover exactly the files"
    blind_nams = [p.nam for p in blind]
    counts = {'positive': 0, 'negative': 0}
    langs = {}
    for f in files:
        lab = labels[f]
        with open(os.path.join(outdir, f), 'rb') as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            assert not part.defects, (f, part.defects)
            if not part.is_multipart():
                part.get_content()
        for line in raw.split(b"\n"):
            assert len(line) < 998, (f, "line too long")
        text = decoded_text(msg)
        if f.startswith('positive/'):
            assert lab['confidential'] is True and len(lab['types']) >= 1, f
            counts['positive'] += 1
        else:
            assert lab['confidential'] is False and lab['types'] == [], f
            for n in blind_nams:
                assert n not in text.upper().replace(' ', ''), (f, "NAM in negative")
            counts['negative'] += 1
        if 'ramq_nam' in lab['types']:
            compact = re.sub(r'[\s.\-]', '', text).upper()
            assert any(n in compact for n in blind_nams), (f, "NAM label but no blind NAM found")
        for typ, pat, ok in ID_CHECKS:
            if typ in lab['types']:
                cands = [re.sub(r'[\s.\-]', '', m) for m in re.findall(pat, text)]
                assert any(ok(x) for x in cands), (f, typ, "no valid identifier found")
        assert lab['lang'] in ('en', 'fr')
        key = f"{f.split('/')[0]}_{lab['lang']}"
        langs[key] = langs.get(key, 0) + 1
    h = hashlib.sha256()
    for f in files + ['labels.json']:
        h.update(f.encode('utf-8') + b"\0")
        with open(os.path.join(outdir, f), 'rb') as fh:
            h.update(fh.read())
    return counts, langs, h.hexdigest()


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--seed', type=int, default=DEFAULT_SEED)
    ap.add_argument('--out', default=HERE)
    a = ap.parse_args()
    items, blind = build_all(a.seed)
    for sub in ('positive', 'negative'):
        d = os.path.join(a.out, sub)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    labels = {}
    for name, raw, label in items:
        with open(os.path.join(a.out, name), 'wb') as fh:
            fh.write(raw)
        labels[name] = label
    with open(os.path.join(a.out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2, sort_keys=True)
        fh.write("\n")
    counts, langs, digest = self_check(a.out, items, blind)
    print(f"positives: {counts['positive']}  negatives: {counts['negative']}")
    print("per language: " + ", ".join(f"{k}={v}" for k, v in sorted(langs.items())))
    tc = {}
    for _, _, lab in items:
        for t in lab['types']:
            tc[t] = tc.get(t, 0) + 1
    print("type counts: " + ", ".join(f"{t}={tc.get(t, 0)}" for t in TYPE_ORDER))
    print(f"sha256: {digest}")


if __name__ == '__main__':
    main()
