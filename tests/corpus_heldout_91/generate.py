#!/usr/bin/env python3
"""Generate the held-out DLP corpus 'palliative care and hospice' (seed 9101).

    python generate.py            # writes next to this file
    python generate.py --out DIR  # writes elsewhere

Deterministic: two runs give identical bytes.  Runs its own self-check and prints counts and digest.
"""
import argparse
import email
import email.policy
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_common  # noqa: E402
from gen_common import SEED, rng_for  # noqa: E402
from gen_pos_base import Ctx  # noqa: E402
from gen_style import assemble  # noqa: E402
import gen_pos1 as P1  # noqa: E402
import gen_pos2 as P2  # noqa: E402
import gen_pos3 as P3  # noqa: E402
import gen_pos4 as P4  # noqa: E402
import gen_neg1 as N1  # noqa: E402
import gen_neg2 as N2  # noqa: E402
import gen_neg3 as N3  # noqa: E402
import gen_neg4 as N4  # noqa: E402
from gen_check import self_check, digest, TYPES  # noqa: E402
from gen_readme import write_readme  # noqa: E402

POS_PLAN = [
    (P1.p_referral, 5), (P1.p_consult, 4), (P1.p_handover, 3), (P1.p_roster_html, 3), (P1.p_transport, 3),
    (P1.p_lab, 3), (P1.p_pharmacy, 3),
    (P2.p_family_mail, 4), (P2.p_quoted, 4), (P2.p_subject_only, 5), (P2.p_amm, 5), (P2.p_bereavement, 3),
    (P2.p_family_meeting, 3), (P2.p_mrn_only, 3), (P2.p_chat, 3), (P2.p_death_notice, 3), (P2.p_equipment, 2),
    (P2.p_volunteer, 2), (P2.p_spiritual, 2), (P2.p_lab_auto, 1),
    (P3.p_pdf_discharge, 4), (P3.p_pdf_rx, 3), (P3.p_docx_careplan, 3), (P3.p_xlsx_caseload, 3),
    (P3.p_csv_bereavement, 3), (P3.p_ics_meeting, 3), (P3.p_vcard, 3), (P3.p_zip_transfer, 3),
    (P3.p_eml_forward, 3), (P3.p_filename_only, 4), (P3.p_ohip, 3), (P3.p_niss, 3), (P3.p_nir, 3), (P3.p_sin, 3),
    (P4.p_peds, 6), (P4.p_young_adult, 6),
]
NEG_PLAN = [
    (N1.n_schedule, 6), (N1.n_leave, 5), (N1.n_occ_health, 5), (N1.n_payroll, 4), (N1.n_newsletter, 6),
    (N1.n_invoice, 5), (N1.n_purchase_order, 4), (N1.n_conference, 5), (N1.n_committee, 5), (N1.n_job, 4),
    (N1.n_it, 5), (N1.n_facilities, 4),
    (N2.n_stats, 6), (N2.n_blank_form, 7), (N4.n_teaching_case, 5), (N2.n_recall, 5), (N2.n_shortage, 5),
    (N2.n_md_disease, 5), (N2.n_staff_condolence, 4), (N2.n_volunteer_training, 3), (N2.n_fundraiser, 3),
    (N4.n_memorial, 3), (N4.n_research, 4), (N2.n_protocol, 5),
    (N4.n_minutes, 5), (N3.n_vcard_staff, 4), (N3.n_zip_templates, 4), (N4.n_fwd_eml, 4), (N4.n_reply_quoted, 6),
    (N3.n_formulary, 5), (N3.n_beds, 4), (N3.n_webinar, 4), (N3.n_audit, 4), (N4.n_brochure, 4), (N3.n_assets, 5),
    (N3.n_bereavement_group, 4), (N3.n_referral_process, 4), (N3.n_anon_incident, 5), (N3.n_accreditation, 5),
]
N_POS, N_NEG = 120, 180


def _instances(plan, total, kind, seed):
    items = [fn for fn, n in plan for _ in range(n)]
    assert len(items) == total, (kind, len(items))
    r = random.Random('%s-%s-order' % (seed, kind))
    r.shuffle(items)
    n_en = total // 3
    langs = ['en'] * n_en + ['fr'] * (total - n_en)
    random.Random('%s-%s-lang' % (seed, kind)).shuffle(langs)
    return list(zip(items, langs))


def _clear(d):
    os.makedirs(d, exist_ok=True)
    for f in os.listdir(d):
        if f.endswith('.eml'):
            os.remove(os.path.join(d, f))


def generate(out, seed=SEED):
    gen_common.SEED = seed
    ctx = Ctx(seed)
    labels = {}
    meta = []
    for kind, plan, total, prefix, folder in (('p', POS_PLAN, N_POS, 'p', 'positive'),
                                              ('n', NEG_PLAN, N_NEG, 'n', 'negative')):
        _clear(os.path.join(out, folder))
        for i, (fn, lang) in enumerate(_instances(plan, total, kind, seed), 1):
            r = rng_for(kind, i, seed)
            spec = fn(r, lang, ctx)
            tag = '%s%03d' % (prefix, i)
            raw = assemble(spec, r, tag)
            rel = '%s/%s%03d_%s.eml' % (folder, prefix, i, spec['category'])
            with open(os.path.join(out, rel), 'wb') as fh:
                fh.write(raw)
            labels[rel] = {'confidential': folder == 'positive', 'types': spec['types'] if folder == 'positive' else [],
                           'lang': lang, 'note': spec['note']}
            meta.append((rel, raw))
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write('\n')
    return labels, meta


def transport_summary(meta):
    s = {}

    def inc(k):
        s[k] = s.get(k, 0) + 1
    for rel, raw in meta:
        if b'\r\n' in raw:
            inc('CRLF line endings')
        else:
            inc('LF line endings')
        head = raw.split(b'\n\n', 1)[0] if b'\r\n' not in raw else raw.split(b'\r\n\r\n', 1)[0]
        if re.search(rb'=\?[^?]+\?[BbQq]\?', head):
            inc('RFC 2047 encoded headers')
        if re.search(rb"filename\*=", raw):
            inc('RFC 2231 file names')
        if re.search(rb'filename="=\?', raw):
            inc('RFC 2047 file names')
        if re.search(rb'filename="[^"\n]*[\x80-\xff]', raw):
            inc('raw UTF-8 file names')
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        top = msg.get_content_type()
        inc('top-level ' + top)
        for part in msg.walk():
            ct = part.get_content_type()
            if ct == 'message/rfc822':
                inc('message/rfc822 parts')
            cs = part.get_param('charset')
            if cs and part.get_content_maintype() == 'text':
                inc('charset ' + str(cs).lower())
            cte = part.get('Content-Transfer-Encoding')
            if cte and not part.is_multipart():
                inc('CTE ' + str(cte).lower())
            fn = part.get_filename()
            if fn:
                inc('attachment .' + fn.rsplit('.', 1)[-1].lower())
    return dict(sorted(s.items()))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=HERE)
    ap.add_argument('--seed', type=int, default=SEED)
    a = ap.parse_args()
    out = os.path.abspath(a.out)
    os.makedirs(out, exist_ok=True)
    labels, meta = generate(out, a.seed)
    errors, counts = self_check(out)
    dg = digest(out)
    write_readme(out, counts, transport_summary(meta), dg, a.seed)
    if errors:
        print('SELF-CHECK FAILED (%d problems):' % len(errors))
        for e in errors[:60]:
            print('  ' + e)
        sys.exit(1)
    print('self-check OK')
    print('files: %d positive, %d negative' % (counts['positive'], counts['negative']))
    print('languages: %s (positive %s, negative %s)' % (counts['lang'], counts['lang_pos'], counts['lang_neg']))
    print('types (positives): ' + ', '.join('%s=%d' % (t, counts['types'][t]) for t in TYPES))
    print('sha256 digest: ' + dg)


if __name__ == '__main__':
    main()
