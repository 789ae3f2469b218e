#!/usr/bin/env python3
"""Generate the held-out DLP corpus 81 (Quebec-Ontario border, out-of-province care).

    python generate.py              # writes next to this file
    python generate.py --out DIR    # writes elsewhere

Deterministic from SEED; the self-check (gen_check.py) runs at the end.
"""
import argparse
import email
import email.policy
import json
import os
import sys
from collections import Counter

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from gen_common import World, sub_rng                                      # noqa: E402
from gen_mime import Renderer                                              # noqa: E402
from gen_text import dt                                                    # noqa: E402
import gen_pos1, gen_pos2, gen_pos3, gen_neg1, gen_neg2, gen_neg3          # noqa: E402
import gen_check                                                           # noqa: E402

SEED = 8101
FLAVOUR = ('hospitals on the Quebec-Ontario border and out-of-province care: Ontario patients with OHIP health '
           'numbers treated in Quebec and the reverse, out-of-province billing, travel-insurance and assistance '
           'companies, medevac and repatriation of travellers, English-speaking community clinics; hard negatives: '
           'billing rules, interprovincial agreements, insurer newsletters, staff travel, vendor invoices')

# category -> languages, one letter per message (e = English, f = French-Canadian)
POS_PLAN = [
    ('oop_claim_ohip', 'eef'), ('ramq_hors_quebec', 'ffee'), ('assist_case_open', 'eeef'), ('medevac_request', 'eeff'),
    ('repatriation_fr', 'ffe'), ('belgian_traveller', 'ffe'), ('community_referral', 'eeef'), ('signout', 'eeff'),
    ('roster_xlsx', 'eef'), ('billing_csv', 'eef'),
    ('ics_followup', 'eef'), ('vcard_patient', 'eef'), ('patient_fwd', 'eeef'), ('subject_only', 'eeff'),
    ('filename_only', 'eeef'), ('quoted_reply', 'eeef'), ('attached_eml', 'eef'), ('zip_bundle', 'eef'),
    ('discharge_docx', 'eeff'), ('gop_pdf', 'eeef'), ('html_roster', 'eef'),
    ('pharmacy_question', 'eef'), ('lab_followup', 'eef'), ('transport_booking', 'eef'), ('youth_protection', 'efe'),
    ('housing', 'eef'), ('violence', 'fee'), ('sin_income', 'eef'), ('fit_to_fly', 'eef'), ('snowbird_return', 'fee'),
    ('dialysis_travel', 'eee'), ('prenatal_transfer', 'fee'), ('mental_health', 'ef'), ('deceased', 'ee'),
    ('appt_reminder', 'eef'), ('obfuscated_ids', 'efe'), ('lowercase_chat', 'eef'),
]
NEG_PLAN = [
    ('billing_rules', 'eefff'), ('reciprocal_agreement', 'effe'), ('insurer_newsletter', 'eeffee'),
    ('staff_travel', 'eeffe'), ('vendor_invoice', 'eeffee'), ('blank_form', 'effee'), ('rate_table', 'eef'),
    ('assist_contract', 'eeef'), ('claims_stats', 'eeef'), ('rejection_codes', 'eef'), ('billing_training', 'eef'),
    ('remittance', 'eef'),
    ('teaching_case', 'eeffeee'), ('conference', 'effeee'), ('physician_directory', 'eeefe'), ('drug_shortage', 'eeef'),
    ('supplier_recall', 'eeefe'), ('formulary', 'eef'), ('infection_bulletin', 'eeef'), ('research_protocol', 'eef'),
    ('medevac_procedure', 'effe'), ('repatriation_protocol', 'eef'), ('anon_inquiry', 'effeee'),
    ('patient_education', 'eeef'), ('community_events', 'eeef'), ('survey_results', 'eef'),
    ('schedule', 'eeffe'), ('leave_hr', 'eeffee'), ('payroll', 'eef'), ('job_posting', 'eeffe'),
    ('committee_notice', 'eeef'), ('it_notice', 'eeffee'), ('facilities', 'eeef'), ('ics_meeting', 'eeffe'),
    ('vcard_staff', 'eeef'), ('zip_policies', 'eef'), ('fwd_newsletter', 'eeef'), ('quoted_scheduling', 'eeffee'),
    ('asset_inventory', 'eeef'), ('budget', 'eef'), ('language_access', 'eeef'), ('staff_vaccination', 'ef'),
]


def builders():
    pos, neg = {}, {}
    for m in (gen_pos1, gen_pos2, gen_pos3):
        pos.update(m.BUILDERS)
    for m in (gen_neg1, gen_neg2, gen_neg3):
        neg.update(m.BUILDERS)
    return pos, neg


def expand(plan, rng):
    items = [(cat, 'fr' if ch == 'f' else 'en') for cat, langs in plan for ch in langs]
    rng.shuffle(items)
    return items


def transport_summary(paths):
    c = Counter()
    for p in paths:
        with open(p, 'rb') as fh:
            raw = fh.read()
        c['CRLF' if b'\r\n' in raw else 'LF'] += 1
        head = raw.split(b'\r\n\r\n' if b'\r\n' in raw else b'\n\n', 1)[0]
        if b'=?' in head:
            c['RFC 2047 header'] += 1
        if b"*=utf-8''" in raw or b"*0*=utf-8''" in raw:
            c['RFC 2231 file name'] += 1
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        c['top: ' + msg.get_content_type()] += 1
        for part in msg.walk():
            ct = part.get_content_type()
            if part.is_multipart():
                if ct == 'message/rfc822':
                    c['part: message/rfc822'] += 1
                continue
            if ct.startswith('text/'):
                c['charset: ' + str(part.get_content_charset())] += 1
            c['cte: ' + str(part.get('Content-Transfer-Encoding', '7bit')).lower()] += 1
    return c


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=HERE)
    ap.add_argument('--seed', type=int, default=SEED)
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    seed = args.seed
    for sub in ('positive', 'negative'):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for f in os.listdir(os.path.join(out, sub)):
            if f.endswith('.eml'):
                os.remove(os.path.join(out, sub, f))
    pos_b, neg_b = builders()
    world = World(seed)
    renderer = Renderer(seed)
    labels = {}
    plan_rng = sub_rng(seed, 'plan')
    for kind, plan, table, prefix in (('positive', POS_PLAN, pos_b, 'p'), ('negative', NEG_PLAN, neg_b, 'n')):
        for i, (cat, lang) in enumerate(expand(plan, plan_rng), 1):
            rng = sub_rng(seed, kind, i, cat)
            mail = table[cat](world, rng, lang)
            mail.date = mail.date or dt(rng)
            name = f'{kind}/{prefix}{i:03d}_{cat}.eml'
            data = renderer.render(mail, rng, name)
            with open(os.path.join(out, name), 'wb') as fh:
                fh.write(data)
            labels[name] = {'confidential': kind == 'positive', 'types': list(mail.types) if kind == 'positive' else [],
                            'lang': lang, 'note': mail.note}
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(dict(sorted(labels.items())), fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    errors, digest, lang_c, type_c = gen_check.run(out)
    paths = [os.path.join(out, k) for k in sorted(labels)]
    write_readme(out, labels, digest, transport_summary(paths), seed)
    if errors:
        sys.exit(1)


def write_readme(out, labels, digest, tc, seed):
    pos = [k for k in labels if k.startswith('positive/')]
    neg = [k for k in labels if k.startswith('negative/')]
    lc = Counter((k.split('/')[0], v['lang']) for k, v in labels.items())
    types = Counter(t for v in labels.values() for t in v['types'])
    cats_p = Counter(k.split('_', 1)[1][:-4] for k in pos)
    cats_n = Counter(k.split('_', 1)[1][:-4] for k in neg)
    L = [f'# Held-out DLP corpus 81 — Quebec–Ontario border and out-of-province care', '',
         f'Flavour: {FLAVOUR}.', '',
         'Synthetic outbound e-mail of border hospitals, community clinics, assistance companies and air ambulance '
         'operators, about one third in French-Canadian. All people, institutions, numbers and `*.example` domains are '
         'invented; RAMQ NAMs come only from `../blind_nams.txt` and are always used with their holder\'s name, birth date '
         'and sex.', '',
         '## Layout', '',
         f'- `positive/pNNN_<category>.eml` — {len(pos)} confidential messages',
         f'- `negative/nNNN_<category>.eml` — {len(neg)} non-confidential (hard negative) messages',
         '- `labels.json` — `{path: {confidential, types, lang, note}}` for exactly these files',
         '- `generate.py` + `gen_common.py` (people, identifiers), `gen_text.py` (prose, clinical cases), `gen_mime.py` '
         '(MIME writer), `gen_attach.py` (PDF/DOCX/XLSX/ZIP/ICS/vCard/CSV), `gen_pos1-3.py`, `gen_neg1-3.py` (builders), '
         '`gen_check.py` (self-check and digest)', '',
         '## Counts', '',
         f'| | en | fr | total |', '|---|---|---|---|',
         f'| positive | {lc[("positive", "en")]} | {lc[("positive", "fr")]} | {len(pos)} |',
         f'| negative | {lc[("negative", "en")]} | {lc[("negative", "fr")]} | {len(neg)} |', '',
         'Finding types over positives (messages carrying the type):', '']
    for t in gen_check.TYPES:
        L.append(f'- `{t}`: {types[t]}')
    L += ['', 'Positive categories: ' + ', '.join(f'{k} ({v})' for k, v in sorted(cats_p.items())) + '.', '',
          'Negative categories: ' + ', '.join(f'{k} ({v})' for k, v in sorted(cats_n.items())) + '.', '',
          '## Definition used', '',
          'A message is confidential when a reader could identify a patient (name in any form — with or without title, '
          'surname first, lower case, initial plus surname — RAMQ NAM, SIN, Ontario health number, Belgian NISS, French NIR '
          'or chart number, possibly with odd spacing, dots, slashes or full-width digits) and learn something personal, '
          'medical or social about them (diagnosis, medication, lab result, procedure or care appointment, birth date, '
          'home address or personal phone in a care context, social situation), anywhere in the message: headers, body, '
          'quoted or forwarded text, attachments (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, attached .eml) or attachment file '
          'names. Staff information (schedules, leave, occupational health, payroll), physicians named with the diseases '
          'they treat, speakers and topics, aggregate statistics, newsletters, blank forms, anonymised teaching cases, '
          'invoices, serial/lot/asset numbers (even Luhn-valid), signatures with clinic phone numbers, IT/facilities mail, '
          'postings, committee notices, drug shortages and protocols without participants are not confidential.', '',
          '## Transports used', '']
    for k in sorted(tc):
        L.append(f'- {k}: {tc[k]}')
    L += ['', 'Also: multipart/alternative and HTML-only bodies, RFC 2231 continuations, RFC 2047 encoded file names, '
          'fixed timestamps in every ZIP/DOCX/XLSX/PDF so two runs give identical bytes.', '',
          '## Regenerate', '',
          '```', 'python generate.py            # writes next to itself', 'python generate.py --out DIR  # elsewhere', '```', '',
          f'Seed {seed}; needs the standard library plus python-stdnum, reportlab, python-docx and openpyxl. '
          'The generator re-parses every file, decodes every part and attachment, checks labels, identifiers and NAM usage, '
          'then prints counts and the digest.', '',
          '## Digest', '',
          'sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json`, in sorted path order, each as path, NUL, '
          'bytes, NUL:', '', f'`{digest}`', '']
    with open(os.path.join(out, 'README.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(L))


if __name__ == '__main__':
    main()
