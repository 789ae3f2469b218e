#!/usr/bin/env python3
"""Generate the held-out pathology/cytology DLP corpus (seeded, byte-identical), verify it, print the digest."""
import argparse
import json
import os
import random
import shutil
import sys
from datetime import timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import gen_neg_a as NA  # noqa: E402
import gen_neg_b as NB  # noqa: E402
import gen_neg_c as NC  # noqa: E402
import gen_pos_a as PA  # noqa: E402
import gen_pos_b as PB  # noqa: E402
import gen_pos_c as PC  # noqa: E402
from gen_build import Ctx  # noqa: E402
from gen_common import SEED, HolderPool, msg_datetime, sub_rng  # noqa: E402
from gen_mime import message_id, render_msg  # noqa: E402
from gen_readme import write_readme  # noqa: E402
from gen_verify import digest, verify  # noqa: E402

# (function, category, count, forced language or None)
POSITIVE = [
    (PA.p_path_report, 'path_report', 5, None), (PA.p_frozen, 'frozen_section', 4, None), (PA.p_pap, 'pap_result', 5, None),
    (PA.p_tumour_board, 'tumour_board', 5, None), (PA.p_rejected, 'rejected_specimen', 5, None),
    (PB.p_amended, 'amended_report', 5, None), (PB.p_consult_on, 'outside_consult', 4, 'eeef'),
    (PB.p_consult_be, 'outside_consult', 3, 'fff'), (PB.p_consult_fr, 'outside_consult', 3, 'fff'),
    (PB.p_registry, 'registry_notification', 5, None), (PB.p_tracking, 'specimen_tracking', 5, None),
    (PB.p_critical, 'critical_result', 5, None), (PB.p_insurer, 'insurer_request', 5, None),
    (PB.p_molecular, 'biomarkers', 5, None), (PB.p_thyroid, 'thyroid_fna', 4, None),
    (PC.p_patient_request, 'patient_call', 4, None), (PC.p_signout, 'signout_list', 4, None), (PC.p_reply, 'reply', 5, None),
    (PC.p_social, 'social_situation', 6, None), (PC.p_meds, 'pre_biopsy_meds', 4, None), (PC.p_ics, 'appointment', 4, None),
    (PC.p_vcard, 'patient_contact', 3, None), (PC.p_zip, 'requisitions_zip', 3, None), (PC.p_fwd_eml, 'forward', 4, None),
    (PC.p_csv_recall, 'recall_list', 3, None), (PC.p_autopsy, 'autopsy', 3, None), (PC.p_flow, 'flow_cytometry', 3, None),
    (PC.p_filename, 'addendum', 3, None), (PC.p_subject, 'quick_note', 3, None),
]

NEGATIVE = [
    (NA.n_oncall, 'oncall_schedule'), (NA.n_leave, 'staff_leave'), (NA.n_payroll, 'payroll'), (NA.n_occ_health, 'occupational_health'),
    (NA.n_job, 'job_posting'), (NA.n_interview, 'interview'), (NA.n_birthday, 'staff_social'), (NA.n_retirement, 'retirement'),
    (NA.n_training, 'training'), (NB.n_newsletter, 'newsletter'), (NB.n_conference, 'conference'), (NB.n_tb_notice, 'tumour_board_notice'),
    (NB.n_committee, 'committee'), (NB.n_qa_stats, 'quality_indicators'), (NB.n_reject_policy, 'labelling_reminder'),
    (NB.n_blank_form, 'blank_form'), (NB.n_template, 'mail_merge_template'), (NB.n_teaching, 'teaching_case'), (NB.n_eqa, 'proficiency_testing'),
    (NB.n_registry_stats, 'registry_statistics'), (NB.n_research, 'research_protocol'), (NB.n_accreditation, 'accreditation'),
    (NC.n_invoice, 'invoice'), (NC.n_po, 'purchase_order'), (NC.n_inventory, 'inventory'), (NC.n_recall, 'recall'),
    (NC.n_shortage, 'shortage'), (NC.n_it, 'it_notice'), (NC.n_facilities, 'facilities'), (NC.n_courier, 'courier_schedule'),
    (NC.n_instrument, 'instrument_service'), (NC.n_vcard, 'staff_contact'), (NC.n_fwd_notice, 'forwarded_notice'),
    (NC.n_zip_policies, 'procedures_zip'), (NC.n_journal_club, 'journal_club'), (NC.n_supplies, 'supply_request'),
]

MAILERS = [None, None, 'Microsoft Outlook 16.0', 'Zimbra 9.0 (ZimbraWebClient - FF128)', 'Mozilla Thunderbird 128.6.0', None,
           'Apple Mail (2.3826)']


def schedule():
    rng = random.Random(SEED)
    pos, forced_f, forced_e = [], 0, 0
    free = []
    for fn, cat, n, forced in POSITIVE:
        for k in range(n):
            if forced:
                lang = 'fr' if forced[k] == 'f' else 'en'
                forced_f += lang == 'fr'
                forced_e += lang == 'en'
                pos.append([fn, cat, lang])
            else:
                item = [fn, cat, None]
                pos.append(item)
                free.append(item)
    need_f, need_e = 60 - forced_f, 60 - forced_e
    af = ae = 0
    for item in free:
        if ae * need_f <= af * need_e:
            item[2] = 'en'
            ae += 1
        else:
            item[2] = 'fr'
            af += 1
    neg = []
    for j, (fn, cat) in enumerate(NEGATIVE):
        for k in range(5):
            neg.append([fn, cat, 'fr' if (j + k) % 2 == 0 else 'en'])
    rng.shuffle(pos)
    rng.shuffle(neg)
    return pos, neg


def plan_transport(m, rng, hint=None):
    m.fmt = hint or rng.choice(['plain', 'plain', 'plain', 'alt', 'alt', 'html'])
    m.charset = rng.choice(['utf-8', 'utf-8', 'utf-8', 'iso-8859-1', 'windows-1252', 'us-ascii', 'us-ascii'])
    if m.charset == 'utf-8':
        m.cte = rng.choice(['8bit', 'quoted-printable', 'base64'])
    elif m.charset == 'us-ascii':
        m.cte = rng.choice(['7bit', '7bit', 'quoted-printable'])
    else:
        m.cte = rng.choice(['8bit', 'quoted-printable'])
    m.crlf = rng.random() < 0.35
    m.subj2047 = rng.random() < 0.12
    m.mailer = rng.choice(MAILERS)


def finish(m, key, when, rng):
    m.key = key
    m.date = when
    m.msgid = message_id(key, m.frm[1].split('@')[1])
    plan_transport(m, rng, getattr(m, 'fmt_hint', None))
    for a in m.atts:
        if rng.random() < 0.15:
            a.force2231 = True
    for j, a in enumerate(m.atts):
        if a.msg is not None:
            inner = a.msg
            inner.key = f"{key}-inner{j}"
            inner.date = m.date - timedelta(hours=rng.randint(2, 70), minutes=rng.randint(0, 59))
            inner.msgid = message_id(inner.key, inner.frm[1].split('@')[1])
            inner.fmt = rng.choice(['plain', 'alt'])
            inner.charset = rng.choice(['utf-8', 'iso-8859-1'])
            inner.cte = 'quoted-printable'
            inner.crlf = False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=HERE)
    out = os.path.abspath(ap.parse_args().out)
    for sub in ('positive', 'negative'):
        d = os.path.join(out, sub)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    pool = HolderPool(random.Random(SEED + 1))
    used = set()
    pos, neg = schedule()
    labels, meta = {}, {}
    for kind, items in (('p', pos), ('n', neg)):
        for i, (fn, cat, lang) in enumerate(items, 1):
            rng = sub_rng(f"{kind}{i}")
            c = Ctx(rng, lang, pool, used, positive=(kind == 'p'))
            trng = sub_rng(f"t{kind}{i}")
            when = msg_datetime(trng, i + (0 if kind == 'p' else 120))
            c.now = when.date()
            m = fn(c)
            m.category = cat
            finish(m, f"{kind}{i:03d}", when, trng)
            rel = f"{'positive' if kind == 'p' else 'negative'}/{kind}{i:03d}_{cat}.eml"
            with open(os.path.join(out, rel), 'wb') as fh:
                fh.write(render_msg(m))
            types = sorted(m.types)
            if kind == 'n' and types:
                raise SystemExit(f'{rel}: negative template recorded findings {types}')
            labels[rel] = {'confidential': kind == 'p', 'types': types, 'lang': lang, 'note': m.note}
            meta[rel] = {'evidence': m.evidence, 'ids': m.ids, 'holders': m.holders}
    labels = {k: labels[k] for k in sorted(labels)}
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    errors, feats = verify(out, meta)
    dig = digest(out)
    write_readme(os.path.join(out, 'README.md'), labels, feats, dig)
    if errors:
        for e in errors:
            print('ERROR', e, file=sys.stderr)
        print(f'{len(errors)} error(s)', file=sys.stderr)
        sys.exit(1)
    print(dig)


if __name__ == '__main__':
    main()
