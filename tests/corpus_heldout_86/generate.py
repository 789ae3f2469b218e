#!/usr/bin/env python3
"""Generate the held-out corpus 86 (work injuries, insurers and private
clinics).  Deterministic from SEED; writes next to this file unless --out."""
import os
import sys
import json
import random
import argparse
import itertools
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_ids as I                       # noqa: E402
import gen_core as C                      # noqa: E402
import gen_pos_a as PA                    # noqa: E402
import gen_pos_b as PB                    # noqa: E402
import gen_pos_c as PC                    # noqa: E402
import gen_neg_a as NA                    # noqa: E402
import gen_neg_b as NB                    # noqa: E402
import gen_check as K                     # noqa: E402

SEED = 8641

POS_FR = [(PA.cnesst_rapport_medical, 4), (PA.rapport_evolution, 3), (PA.ecf_ergo, 2), (PA.expertise_ime, 3), (PA.saaq_physio, 2),
          (PA.assureur_consentement, 3), (PA.avocat_dossier, 3), (PA.assignation_temporaire, 2), (PA.facture_traitements, 2),
          (PA.resultat_labo, 2), (PA.audiometrie, 2), (PA.plan_retour_travail, 2), (PB.lesion_psychologique, 2), (PB.ivac_agression, 2),
          (PB.entente_france, 2), (PB.belgique_niss, 2), (PB.invalidite_nas, 2), (PB.transport_taxi, 2), (PB.ordonnance_pharmacie, 2),
          (PC.subject_leak, 3), (PC.filename_leak, 3), (PC.horaire_patients, 3), (PC.ics_rdv, 2), (PC.vcard_patient, 2),
          (PC.courriel_patient, 3), (PC.reponse_historique, 3), (PC.identifiant_seul, 3), (PC.eml_joint, 2), (PC.liste_transfert, 1),
          (PB.physio_pediatrique, 2), (PB.maladie_pulmonaire, 1)]
POS_EN = [(PB.wsib_form8, 3), (PB.wsib_faf, 3), (PB.ocf_mva, 1), (PA.expertise_ime, 3), (PB.invalidite_nas, 2), (PA.assureur_consentement, 2),
          (PA.avocat_dossier, 3), (PA.rapport_evolution, 3), (PA.plan_retour_travail, 2), (PA.facture_traitements, 2), (PA.resultat_labo, 1),
          (PA.audiometrie, 1), (PB.entente_france, 1), (PB.belgique_niss, 1), (PB.ordonnance_pharmacie, 1), (PA.cnesst_rapport_medical, 1),
          (PC.subject_leak, 2), (PC.filename_leak, 2), (PC.horaire_patients, 1), (PC.ics_rdv, 2), (PC.vcard_patient, 1), (PC.identifiant_seul, 2),
          (PC.courriel_patient, 3), (PC.reponse_historique, 2), (PC.eml_joint, 2), (PC.liste_transfert, 1)]
NEG_FR = [(NA.infolettre, 5), (NA.grille_tarifaire, 4), (NA.formulaire_vierge, 5), (NA.facture_fournisseur, 5), (NA.bon_commande, 3),
          (NA.horaire_personnel, 5), (NA.conge_rh, 4), (NA.sante_employe, 6), (NA.paie, 3), (NA.offre_emploi, 5), (NB.congres, 4),
          (NB.medecins_referents, 3), (NB.statistiques, 5), (NB.cas_clinique, 4), (NB.avis_ti, 5), (NB.immeuble, 3), (NB.comite, 4),
          (NB.rupture, 2), (NB.rappel_fournisseur, 3), (NB.protocole_recherche, 3), (NB.mise_a_jour_organisme, 4), (NB.avocat_generique, 2),
          (NB.procedure_acces, 3), (NB.reunion_ics, 3), (NB.vcard_personnel, 2), (NB.rapport_annuel, 2), (NB.formation, 3),
          (NB.reponse_historique_neg, 4), (NB.eml_joint_neg, 2), (NB.zip_gabarits, 2)]
NEG_EN = [(NA.infolettre, 3), (NA.grille_tarifaire, 3), (NA.formulaire_vierge, 4), (NA.facture_fournisseur, 3), (NA.bon_commande, 2),
          (NA.horaire_personnel, 3), (NA.conge_rh, 3), (NA.sante_employe, 4), (NA.paie, 2), (NA.offre_emploi, 3), (NB.congres, 2),
          (NB.medecins_referents, 2), (NB.statistiques, 3), (NB.cas_clinique, 3), (NB.avis_ti, 3), (NB.immeuble, 2), (NB.comite, 3),
          (NB.rupture, 2), (NB.rappel_fournisseur, 2), (NB.protocole_recherche, 2), (NB.mise_a_jour_organisme, 3), (NB.avocat_generique, 2),
          (NB.procedure_acces, 2), (NB.reunion_ics, 2), (NB.vcard_personnel, 1), (NB.rapport_annuel, 1), (NB.formation, 2),
          (NB.reponse_historique_neg, 3), (NB.eml_joint_neg, 1), (NB.zip_gabarits, 1)]


def expand(plan, lang):
    return [(f, lang) for f, n in plan for _ in range(n)]


def build(out):
    master = random.Random(SEED)
    holders = I.load_nams()
    master.shuffle(holders)
    nam_iter = {g: itertools.cycle([h for h in holders if C.age_group(h.dob) == g]) for g in ('child', 'worker', 'senior')}
    pos = expand(POS_FR, 'fr') + expand(POS_EN, 'en')
    neg = expand(NEG_FR, 'fr') + expand(NEG_EN, 'en')
    assert len(pos) == 120 and len(neg) == 180, (len(pos), len(neg))
    master.shuffle(pos)
    master.shuffle(neg)
    for sub in ('positive', 'negative'):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith('.eml'):
                os.remove(os.path.join(d, f))
    labels = {}
    for kind, plan in (('p', pos), ('n', neg)):
        for i, (fn, lang) in enumerate(plan, 1):
            key = '%d-%s%03d' % (SEED, kind, i)
            ctx = C.Ctx(random.Random(key), lang, key, nam_iter)
            m, cat, note = fn(ctx)
            data = m.build()
            rel = '%s/%s%03d_%s.eml' % ('positive' if kind == 'p' else 'negative', kind, i, cat)
            with open(os.path.join(out, rel), 'wb') as fh:
                fh.write(data)
            labels[rel] = {'confidential': kind == 'p', 'types': sorted(m.types) if kind == 'p' else [],
                           'lang': lang, 'note': note}
            if kind == 'n':
                assert not m.types, rel
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(dict(sorted(labels.items())), fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    return labels


README = """# Held-out corpus 86 — work injuries, insurers and private clinics

Synthetic, labelled outbound e-mail for measuring a DLP filter that decides whether a message is *confidential*.

**Flavour.** Work injuries, insurers and private clinics: CNESST / WSIB / SAAQ claims and medical reports, private
physiotherapy and occupational-therapy clinics, independent medical evaluations, disability and return-to-work forms,
private insurers' requests (with consent), lawyers asking for records, the clinics' own staff occupational-health
mail (staff information, not patients'), invoices, fee schedules, blank forms and clinic marketing. About 60 %
French-Canadian and 40 % English. All people, organisations, `*.example` domains and 555-01xx numbers are invented.

## Layout
- `positive/pNNN_<category>.eml` — {npos} confidential messages
- `negative/nNNN_<category>.eml` — {nneg} non-confidential messages (hard negatives)
- `labels.json` — `{{path: {{confidential, types, lang, note}}}}` covering exactly the files
- `generate.py` + `gen_ids.py`, `gen_people.py`, `gen_mime.py`, `gen_files.py`, `gen_core.py`, `gen_pos_a.py`,
  `gen_pos_b.py`, `gen_pos_c.py`, `gen_neg_a.py`, `gen_neg_b.py`, `gen_check.py` — the generator (seed {seed})

## Counts
Languages: {langs}

Positives by language: {poslangs}; negatives by language: {neglangs}

Finding types (number of positives labelled with each):

{types}

## Definition used
A message is confidential when a reader could identify a patient (name in any usual form, RAMQ NAM, SIN, Ontario
health number, Belgian NISS, French NIR, clinic chart number / MRN — possibly disguised with odd spacing, dots,
slashes or full-width digits) **and** learn something personal, medical or social about that person, anywhere in the
message: Subject, body, quoted history, inline forward, attachment (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, attached
.eml) or an attachment's file name. Staff information (schedules, leave, payroll, a clinic employee's own occupational
health), physicians named with the conditions they treat, speakers and topics, aggregate statistics, newsletters,
blank forms and templates, anonymised teaching cases, supplier invoices and purchase orders, serial / lot / asset
numbers (some pass a Luhn check on purpose), clinic contact details, IT and facilities notices, job postings, committee
notices, drug shortages and research protocols without participants are not confidential.

RAMQ NAMs come only from `../blind_nams.txt`, always with the holder's name, birth date and sex; no NAM holder's name
appears in a negative. SIN, Ontario health numbers, NISS and NIR are generated and validated with python-stdnum.

## Transports used
Plain text, HTML-only, multipart/alternative, multipart/mixed with attachments, message/rfc822; charsets utf-8,
us-ascii, iso-8859-1, windows-1252; 7bit, 8bit, quoted-printable and base64; CRLF and LF line endings; RFC 2047
encoded headers (B and Q); RFC 2231 file names (including continuations). Observed counts:

{transports}

## Regenerate
```
python generate.py            # writes next to generate.py
python generate.py --out DIR  # elsewhere
```
Dependencies: Python standard library, python-stdnum, reportlab, python-docx, openpyxl. ZIP, DOCX, XLSX and PDF
timestamps are fixed, so two runs give identical bytes. The generator re-parses and checks everything it writes.

## Digest
sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):

`{digest}`
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=HERE)
    a = ap.parse_args()
    out = os.path.abspath(a.out)
    os.makedirs(out, exist_ok=True)
    labels = build(out)
    errors, langs, types, transports, stats = K.check(out)
    dg = K.digest(out)
    poslangs = Counter(v['lang'] for k, v in labels.items() if v['confidential'])
    neglangs = Counter(v['lang'] for k, v in labels.items() if not v['confidential'])
    keys = ['LF', 'CRLF', 'text/plain', 'text/html', 'multipart/alternative', 'multipart/mixed', 'message/rfc822',
            'application/pdf', 'application/zip', 'text/csv', 'text/calendar', 'text/vcard',
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'rfc2047-header', 'rfc2231-filename']
    tr = ['- %s: %d' % (k, transports.get(k, 0)) for k in keys]
    tr += ['- %s: %d' % (k, v) for k, v in sorted(stats.items()) if k.startswith(('cte:', 'charset:'))]
    readme = README.format(npos=sum(1 for v in labels.values() if v['confidential']), nneg=sum(1 for v in labels.values() if not v['confidential']),
                           seed=SEED, langs=dict(sorted(langs.items())), poslangs=dict(sorted(poslangs.items())),
                           neglangs=dict(sorted(neglangs.items())),
                           types='\n'.join('- `%s`: %d' % (k, v) for k, v in sorted(types.items())),
                           transports='\n'.join(tr), digest=dg)
    with open(os.path.join(out, 'README.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(readme)
    print('digest:', dg)
    if errors:
        sys.exit(1)


if __name__ == '__main__':
    main()
