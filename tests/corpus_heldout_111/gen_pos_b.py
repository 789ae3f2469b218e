"""Positive scenarios, part B: opioid agonist treatment, release planning, income support,
vCards, foreign nationals (NIR / NISS) and Ontario health numbers."""
import datetime

from gen_attach import make_csv, make_pdf, make_vcf, make_xlsx, make_docx
from gen_clin import dept_addr, dx, lab, later, med, spec, workday_after
from gen_common import (ORG, closing, fmt_date, fmt_nam, fmt_nir, fmt_niss, fmt_ohn, fmt_sin, greet, make_mrn,
                        make_nir, make_niss, make_ohn, make_sin, make_staff, phone, short_day, signature)

STREETS = ['rue des Érables', 'rue Principale', 'boulevard Industriel', 'rue Saint-Louis', 'avenue du Parc', 'rue Notre-Dame',
           'chemin du Lac', 'rue Dufferin', 'rue de la Gare']
STREETS_EN = ['Queen Street', 'King Street East', 'Elm Avenue', 'Victoria Road', 'Lakeshore Drive', 'Wellington Street']


def home_addr(rng, lang, ontario=False):
    if ontario:
        return (f'{rng.randint(10, 990)} {rng.choice(STREETS_EN)}, Apt {rng.randint(1, 30)}', 'Bayfield', 'ON',
                f'K0H {rng.randint(1, 9)}Z{rng.randint(1, 9)}')
    return (f'{rng.randint(10, 3990)}, {rng.choice(STREETS)}, app. {rng.randint(1, 12)}', rng.choice(['Saint-Anselme', 'Trois-Ponts', 'Pointe-aux-Érables']),
            'QC', f'J0X {rng.randint(1, 9)}{rng.choice("ABCEGHJK")}{rng.randint(1, 9)}')

# ----------------------------------------------------------------------------- OAT continuity


def p_oat_continuity(rng, ctx, lang, when):
    fr = lang == 'fr'
    p = ctx.patient(rng, lang, nam=rng.random() < 0.6)
    nurse = make_staff(rng, lang, rng.choice(['inf', 'infc']), 'edpe')
    ph = make_staff(rng, lang, 'pharm', 'pharm')
    prescr = make_staff(rng, lang, 'md', 'relais')
    drug = rng.choice(['metha', 'metha', 'bup'])
    dose = med(drug, lang, rng)
    last = later(when, -rng.randint(1, 3)).replace(hour=rng.randint(8, 11), minute=rng.randint(0, 59))
    types = {'patient_name', 'medication'}
    ident = []
    if rng.random() < 0.7:
        ident.append((f'DDN {fmt_date(p.dob, rng, lang)}' if fr else f'DOB {fmt_date(p.dob, rng, lang)}'))
        types.add('date_of_birth')
    if p.nam:
        ident.append(f'NAM {fmt_nam(p.nam, rng)}' if fr else f'RAMQ {fmt_nam(p.nam, rng)}')
        types.add('ramq_nam')
    idtxt = (' (' + ', '.join(ident) + ')') if ident else ''
    nm = p.name_as(rng, lang, ['full', 'title', 'formal'])
    if fr:
        q = f"""{greet(rng, lang)}

Nous avons admis {rng.choice(['hier soir', 'cette nuit', 'ce matin'])} {nm}{idtxt}, qui déclare recevoir un traitement par agonistes opioïdes à votre pharmacie. Pouvez-vous nous confirmer :
- la dose actuelle et le nom du prescripteur;
- la date et l'heure de la dernière dose servie;
- les doses manquées dans les 5 derniers jours;
- les doses à emporter remises (s'il y a lieu).

Merci de répondre par télécopieur au {ORG['edpe']['fax']} ou par retour de courriel.

{closing(rng, lang)}
{signature(rng, nurse, lang, 0)}"""
        a = f"""{greet(rng, lang, nurse['first'])}

Confirmé : {dose}, prescrit par {prescr['dname']} ({ORG['relais']['fr']}).
Dernière dose servie et ingérée devant le pharmacien le {last:%Y-%m-%d} à {last:%H}h{last:%M}.
{rng.choice(["Aucune dose manquée.", "1 dose manquée le " + later(last, -2).strftime('%d/%m') + ".", "2 doses manquées cette semaine (non présenté)."])} {rng.choice(["Aucune dose à emporter.", "Il/elle avait 2 doses à emporter (samedi-dimanche), à récupérer à la fouille s'il y a lieu."])}

{ph['dname'] if rng.random() < 0.5 else ph['name']}, pharmacien{'ne' if ph['sex'] == 'F' else ''}
{ORG['pharm']['fr']} — {ORG['pharm']['phone']}"""
        subj = rng.choice(['Confirmation dose TAO', 'Demande de confirmation – méthadone', f'Vérification TAO – {p.last.upper()}', 'Dose TAO à confirmer svp'])
    else:
        q = f"""{greet(rng, lang)}

We admitted {nm}{idtxt} {rng.choice(['last night', 'overnight', 'this morning'])}, who reports receiving opioid agonist treatment at your pharmacy. Could you confirm:
- current dose and prescriber;
- date and time of last dose served;
- missed doses in the last 5 days;
- any carries dispensed.

Please reply by fax to {ORG['edpe']['fax']} or by return e-mail.

{closing(rng, lang)}
{signature(rng, nurse, lang, 0)}"""
        a = f"""{greet(rng, lang, nurse['first'])}

Confirmed: {dose}, prescribed by {prescr['dname']} ({ORG['relais']['en']}).
Last dose served and witnessed on {last:%Y-%m-%d} at {last:%H:%M}.
{rng.choice(["No missed doses.", "1 missed dose on " + later(last, -2).strftime('%b %d') + ".", "2 missed doses this week (no-show)."])} {rng.choice(["No carries.", "Two weekend carries were dispensed; please check property."])}

{ph['name']}, Pharmacist
{ORG['pharm']['en']} — {ORG['pharm']['phone']}"""
        subj = rng.choice(['OAT dose confirmation', 'Request - methadone confirmation', f'OAT check - {p.last.upper()}', 'Please confirm OAT dose'])
    if rng.random() < 0.5:
        # pharmacy reply with the question quoted
        quoted = '\n'.join(('> ' + l) if l else '>' for l in q.split('\n'))
        hdr = (f"Le {later(when, 0):%Y-%m-%d} à 07:4{rng.randint(0, 9)}, {nurse['name']} <{nurse['email']}> a écrit :" if fr else
               f"On {later(when, 0):%Y-%m-%d} at 7:4{rng.randint(0, 9)} AM, {nurse['name']} <{nurse['email']}> wrote:")
        body = a + '\n\n' + hdr + '\n' + quoted
        return spec('oat_continuity', lang, types, 'pharmacy confirms OAT dose for newly admitted person (reply quoting request)',
                    'RE: ' + subj, ph, [nurse], body, when, reply=True)
    return spec('oat_continuity', lang, types, 'detention nurse asks community pharmacy to confirm OAT dose', subj, nurse,
                [ph], q, when, cc=[prescr] if rng.random() < 0.3 else [])

# ----------------------------------------------------------------------------- OAT roster


def p_oat_roster(rng, ctx, lang, when):
    fr = lang == 'fr'
    fed = rng.random() < 0.4
    org = 'mtc' if fed else 'edpe'
    nurse = make_staff(rng, lang, 'infc', org)
    to = make_staff(rng, lang, 'pharm', org)
    n = rng.randint(6, 12)
    pts = [ctx.patient(rng, lang, nam=(not fed) and rng.random() < 0.35) for _ in range(n)]
    types = {'patient_name', 'medication'}
    hdr = (['Secteur', 'Cellule', 'Nom', 'Prénom', 'DDN', 'NAM' if not fed else 'No SED', 'Produit', 'Dose', 'Heure', 'Remarque'] if fr else
           ['Unit', 'Cell', 'Last name', 'First name', 'DOB', 'RAMQ' if not fed else 'FPS', 'Product', 'Dose', 'Time', 'Note'])
    rows = [hdr]
    for p in pts:
        prod = rng.choice(['Méthadone' if fr else 'Methadone', 'Buprénorphine-naloxone' if fr else 'Buprenorphine-naloxone', 'Sublocade'])
        dose = {'Méthadone': f'{rng.choice([40, 60, 80, 95, 110])} mg', 'Methadone': f'{rng.choice([40, 60, 80, 95, 110])} mg',
                'Sublocade': f'{rng.choice([100, 300])} mg SC'}.get(prod, f'{rng.choice([8, 12, 16, 24])} mg')
        rem = rng.choice(['', '', 'observer 15 min' if fr else 'observe 15 min', 'vomit 2025-02-' + str(rng.randint(10, 28)) if fr else 'vomited',
                          'induction J3' if fr else 'induction day 3', 'libération prévue' if fr else 'release pending',
                          'cherche à détourner — bouche vérifiée' if fr else 'diversion concern — mouth check'])
        idv = fmt_nam(p.nam, rng, ['plain', 'space']) if p.nam and not fed else (make_mrn(rng, 'mtc') if fed else '')
        rows.append([rng.choice(['A', 'B', 'C', 'D', 'F']), f'{rng.randint(1, 48):02d}', p.last.upper(), p.first,
                     p.dob.isoformat(), idv, prod, dose, rng.choice(['07:30', '07:45', '08:00', '08:15']), rem])
    types.add('date_of_birth')
    if any(p.nam for p in pts) and not fed:
        types.add('ramq_nam')
    stamp = when.strftime('%Y-%m-%d')
    kind = rng.choice(['xlsx', 'xlsx', 'csv', 'csv_zip'])
    atts = []
    if kind == 'xlsx':
        summary = [(['Résumé', 'Valeur'] if fr else ['Summary', 'Value']),
                   ['Date', stamp], ['Total', n], ['Méthadone' if fr else 'Methadone', sum(1 for r in rows[1:] if r[6].startswith('M'))]]
        sheets = [('Résumé' if fr else 'Summary', summary), ('Liste' if fr else 'List', rows)] if rng.random() < 0.6 else [('TAO' if fr else 'OAT', rows)]
        atts.append(dict(filename=f'{"Liste_TAO" if fr else "OAT_list"}_{stamp}.xlsx',
                         ctype='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data=make_xlsx(sheets)))
    else:
        data = make_csv(rows, delimiter=';' if fr else ',', encoding=rng.choice(['utf-8', 'cp1252']), bom=rng.random() < 0.5)
        if kind == 'csv':
            atts.append(dict(filename=f'export_{"TAO" if fr else "OAT"}_{stamp}.csv', ctype='text/csv', data=data))
        else:
            from gen_attach import make_zip
            atts.append(dict(filename=f'{"TAO" if fr else "OAT"}_{stamp}.zip', ctype='application/zip',
                             data=make_zip([(f'export_{stamp}.csv', data), ('LISEZMOI.txt' if fr else 'README.txt',
                                                                             ('Export automatique du module de distribution.\n' if fr else 'Automatic export from dispensing module.\n').encode('utf-8'))])))
    if fr:
        body = f"""{greet(rng, lang, to['first'])}

Voici la liste TAO à jour pour la distribution de {rng.choice(['demain matin', 'ce week-end', 'lundi'])}. {rng.choice(["Deux nouvelles inductions cette semaine.", "Merci de vérifier les doses surlignées.", "Aucun changement depuis hier sauf les remarques."])}

{closing(rng, lang)}
{signature(rng, nurse, lang)}"""
        subj = rng.choice([f'Liste TAO {stamp}', 'Liste distribution TAO', 'TAO – liste à jour', f'Distribution méthadone/Suboxone {stamp}'])
    else:
        body = f"""{greet(rng, lang, to['first'])}

Attached is the updated OAT list for {rng.choice(['tomorrow morning', 'the weekend', 'Monday'])} dosing. {rng.choice(["Two new inductions this week.", "Please check the highlighted doses.", "No changes since yesterday except notes."])}

{closing(rng, lang)}
{signature(rng, nurse, lang)}"""
        subj = rng.choice([f'OAT list {stamp}', 'OAT dosing list', 'Updated OAT roster', f'Methadone/Suboxone dosing {stamp}'])
    return spec('oat_roster', lang, types, 'OAT dosing roster attached (names, DOB, identifiers, doses)', subj, nurse, [to], body, when,
                attachments=atts)

# ----------------------------------------------------------------------------- release planning


def p_release_plan(rng, ctx, lang, when):
    fr = lang == 'fr'
    ontario = (not fr) and rng.random() < 0.6
    p = ctx.patient(rng, lang, nam=(not ontario) and rng.random() < 0.5)
    org = rng.choice(['mtc', 'mtc', 'edpe'])
    clinic = 'park' if ontario else rng.choice(['relais', 'clsc'])
    crc = 'harbour' if ontario else 'crc'
    sender = make_staff(rng, lang, rng.choice(['infc', 'coord', 'ts']), org)
    to = make_staff(rng, lang, rng.choice(['infc', 'md']), clinic)
    rel = workday_after(when, rng.randint(3, 15))
    drug = rng.choice(['metha', 'bup', 'subl'])
    meds = [med(drug, lang, rng)] + [med(k, lang, rng) for k in rng.sample(['quet', 'sert', 'epc', 'praz', 'metf', 'bik'], 2)]
    dxs = [dx('oud', lang)] + [dx(k, lang) for k in rng.sample(['hcv', 'ptsd', 'dep', 'db2', 'hiv', 'tpl'], 2)]
    types = {'patient_name', 'medication', 'diagnosis', 'social_information'}
    housing = rng.random() < 0.6
    if housing:
        street, city = ORG[crc]['addr'].split(', ', 1) if not ontario else (ORG[crc]['addr'].split(', ')[0], 'Bayfield')
        addr_line = f"{ORG[crc][lang]}, {ORG[crc]['addr']}"
        social = (f"Hébergement : {ORG[crc]['fr']} (condition de la libération d'office), chambre partagée" if fr else
                  f"Housing: {ORG[crc]['en']} (statutory release condition), shared room")
    else:
        a = home_addr(rng, lang, ontario)
        addr_line = f'{a[0]}, {a[1]} ({a[2]}) {a[3]}'
        social = rng.choice([
            ("Hébergement : chez sa mère, " + addr_line + ". Aucun revenu à la sortie, demande d'aide sociale en cours.",
             "Housing: staying with mother at " + addr_line + ". No income at release; social assistance application pending."),
            ("Hébergement : logement supervisé, " + addr_line + ". Ordonnance de non-contact avec l'ex-conjointe (violence conjugale).",
             "Housing: supported housing at " + addr_line + ". No-contact order with former partner (intimate partner violence)."),
            ("Hébergement : refuge temporaire puis " + addr_line + "; risque d'itinérance élevé.",
             "Housing: shelter first, then " + addr_line + "; high risk of homelessness."),
        ])[0 if fr else 1]
    types.add('patient_contact')
    cell = phone(rng, '613' if ontario else None)
    ids = []
    if rng.random() < 0.6:
        ids.append((f'DDN : {fmt_date(p.dob, rng, lang)}' if fr else f'DOB: {fmt_date(p.dob, rng, lang)}'))
        types.add('date_of_birth')
    if p.nam:
        ids.append((f"NAM : {fmt_nam(p.nam, rng)} (carte RAMQ à réactiver à la sortie)" if fr else
                    f"RAMQ: {fmt_nam(p.nam, rng)} (card to be reactivated at release)"))
        types.add('ramq_nam')
    if ontario:
        num, vc = make_ohn(rng)
        ids.append(f'OHIP: {fmt_ohn(num, vc, rng)} (OHIP reinstatement requested)')
        types.add('ca_health_number')
    nm = p.formal() if rng.random() < 0.5 else p.full()
    last_dose = rel.replace(hour=8, minute=rng.choice([0, 15, 30]))
    if fr:
        body = f"""{greet(rng, lang, to['first'])}

Je vous réfère {nm} pour la continuité des soins à sa libération prévue le {rel:%Y-%m-%d} ({ORG[org]['fr']}).
{chr(10).join(ids)}
Cellulaire à la sortie : {cell}
{social}

Diagnostics actifs : {'; '.join(dxs)}.
Médication :
{chr(10).join('- ' + m for m in meds)}

Dernière dose de TAO administrée chez nous le {last_dose:%Y-%m-%d} à {last_dose:%H}h{last_dose:%M}. {rng.choice(["Une ordonnance de transition de 7 jours sera télécopiée à la pharmacie.", "Pourriez-vous le/la voir dans les 48 h suivant la sortie pour éviter un bris de traitement?", "Trousse de naloxone remise à la sortie."])}
{rng.choice(["L'usager consent à la transmission de ces renseignements (formulaire signé au dossier).", "Consentement écrit obtenu le " + later(when, -2).strftime('%Y-%m-%d') + "."])}

{closing(rng, lang)}
{signature(rng, sender, lang)}"""
        subj = rng.choice([f'Référence – libération {rel:%Y-%m-%d}', 'Plan de sortie / continuité TAO', f'Continuité des soins : {p.last}',
                           'Référence CLSC – sortie de détention'])
    else:
        body = f"""{greet(rng, lang, to['first'])}

I am referring {nm} for continuity of care on release, scheduled for {rel:%Y-%m-%d} from {ORG[org]['en']}.
{chr(10).join(ids)}
Cell phone after release: {cell}
{social}

Active diagnoses: {'; '.join(dxs)}.
Medications:
{chr(10).join('- ' + m for m in meds)}

Last OAT dose given here on {last_dose:%Y-%m-%d} at {last_dose:%H:%M}. {rng.choice(["A 7-day bridging prescription will be faxed to the pharmacy.", "Could you see this patient within 48 h of release to avoid a treatment gap?", "Naloxone kit given at release."])}
{rng.choice(["The patient consents to this disclosure (signed form on file).", "Written consent obtained " + later(when, -2).strftime('%Y-%m-%d') + "."])}

{closing(rng, lang)}
{signature(rng, sender, lang)}"""
        subj = rng.choice([f'Referral - release {rel:%Y-%m-%d}', 'Release plan / OAT continuity', f'Continuity of care: {p.last}',
                           'Community referral on release'])
    atts = []
    if rng.random() < 0.35:
        lines = [l for l in body.split('\n') if l.strip()][1:-3]
        atts.append(dict(filename=('Plan_de_sortie.pdf' if fr else 'Release_plan.pdf'), ctype='application/pdf',
                         data=make_pdf('Plan de sortie — continuité des soins' if fr else 'Release plan — continuity of care', lines)))
    cc = [make_staff(rng, lang, 'alc', org)] if rng.random() < 0.5 else []
    return spec('release_plan', lang, types, 'release referral to community clinic with housing, OAT and diagnoses', subj, sender, [to],
                body, when, cc=cc, attachments=atts)

# ----------------------------------------------------------------------------- income support with SIN


def p_income_support(rng, ctx, lang, when):
    fr = lang == 'fr'
    p = ctx.patient(rng, lang, nam=fr and rng.random() < 0.4)
    org = rng.choice(['edpe', 'mtc'])
    ts = make_staff(rng, lang, 'ts', org)
    sin = make_sin(rng)
    rel = workday_after(when, rng.randint(2, 10))
    types = {'patient_name', 'ca_sin', 'social_information'}
    dob = rng.random() < 0.7
    if dob:
        types.add('date_of_birth')
    nm = p.name_as(rng, lang, ['full', 'formal', 'upperlast'])
    if fr:
        agent = ('Agent(e) – Centre local d\'emploi', 'cle.saint-anselme@emploi-quebec.example')
        extra = ''
        if p.nam and rng.random() < 0.6:
            extra = f"\nNAM : {fmt_nam(p.nam, rng)}"
            types.add('ramq_nam')
        med_line = ''
        if rng.random() < 0.5:
            med_line = f"\nContrainte sévère à l'emploi à évaluer : {dx(rng.choice(['scz', 'bip', 'ptsd']), lang)} (rapport médical à suivre)."
            types.add('diagnosis')
        body = f"""{greet(rng, lang)}

Je soumets une demande d'aide financière de dernier recours pour une personne qui sera libérée le {rel:%Y-%m-%d}.

Nom : {nm}
{'Date de naissance : ' + fmt_date(p.dob, rng, lang) if dob else ''}
NAS : {fmt_sin(sin, rng)}{extra}
Situation : aucun revenu, aucune adresse fixe à la sortie; hébergement d'urgence réservé à {rng.choice(['la Maison Béthanie (refuge)', "l'Auberge du Quartier", 'un refuge pour hommes'])} pour 14 nuits.{med_line}

La personne n'a pas de pièce d'identité avec photo (perdue lors de l'arrestation); une demande de certificat de naissance est en cours.
Pourriez-vous prévoir un rendez-vous dans la semaine suivant la sortie?

{closing(rng, lang)}
{signature(rng, ts, lang)}"""
        subj = rng.choice(['Demande d\'aide sociale – libération', 'Demande aide financière de dernier recours', f'Dossier {p.last} – aide sociale'])
    else:
        agent = ('Ontario Works Intake', 'intake@ontarioworks-bayfield.example') if rng.random() < 0.5 else ('Income Assistance Intake', 'intake@social-assistance.example')
        if 'ontarioworks' in agent[1] and org != 'mtc':
            org = 'mtc'
            ts = make_staff(rng, lang, 'ts', org)
        med_line = ''
        if rng.random() < 0.5:
            med_line = f"\nDisability benefits to be explored: {dx(rng.choice(['scz', 'bip', 'ptsd']), lang)} (medical report to follow)."
            types.add('diagnosis')
        body = f"""{greet(rng, lang)}

I am submitting an income support application for a person being released on {rel:%Y-%m-%d}.

Name: {nm}
{'Date of birth: ' + fmt_date(p.dob, rng, lang) if dob else ''}
SIN: {fmt_sin(sin, rng)}
Situation: no income and no fixed address at release; emergency shelter bed reserved for 14 nights.{med_line}

No photo ID (lost at arrest); birth certificate request in progress.
Could you book an intake appointment within a week of release?

{closing(rng, lang)}
{signature(rng, ts, lang)}"""
        subj = rng.choice(['Income support application - release', 'Ontario Works referral', f'Application for {p.last} - income support'])
    body = body.replace('\n\n\n', '\n\n').replace('\n\nNAS', '\nNAS').replace('\n\nSIN', '\nSIN')
    atts = []
    if rng.random() < 0.3:
        atts.append(dict(filename=('Demande_aide_sociale.docx' if fr else 'Income_support_application.docx'),
                         ctype='application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                         data=make_docx('Demande d\'aide financière' if fr else 'Income support application',
                                        [l for l in body.split('\n') if l.strip()][1:-2])))
    return spec('income_support', lang, types, 'social worker submits income support application with SIN and housing situation',
                subj, ts, [agent], body, when, attachments=atts)

# ----------------------------------------------------------------------------- vCard of a released patient


def p_vcard_release(rng, ctx, lang, when):
    fr = lang == 'fr'
    ontario = not fr and rng.random() < 0.5
    p = ctx.patient(rng, lang, nam=False)
    org = rng.choice(['mtc', 'edpe'])
    clinic = 'park' if ontario else rng.choice(['relais', 'clsc'])
    nurse = make_staff(rng, lang, 'infc', org)
    to = make_staff(rng, lang, 'infc', clinic)
    a = home_addr(rng, lang, ontario)
    cell = phone(rng, '613' if ontario else None)
    rel = workday_after(when, rng.randint(1, 6))
    drug = med(rng.choice(['metha', 'bup']), lang, rng)
    note = (f"Libéré(e) le {rel:%Y-%m-%d} de {ORG[org]['short']}. TAO : {drug}. Dernière dose en détention le matin de la sortie. "
            f"Préfère être joint(e) par texto." if fr else
            f"Released {rel:%Y-%m-%d} from {ORG[org]['short']}. OAT: {drug}. Last dose in custody the morning of release. Prefers text messages.")
    types = {'patient_name', 'patient_contact', 'medication', 'social_information'}
    card = dict(fn=p.full(), n=(p.last, p.first), tel=[('CELL', cell)], adr=(a[0], a[1], a[2], a[3], 'Canada'), note=note)
    if rng.random() < 0.4:
        card['bday'] = p.dob.isoformat()
        types.add('date_of_birth')
    vcf = make_vcf([card])
    fname = rng.choice([f'{p.first} {p.last}.vcf', 'contact.vcf', f'{p.last}.vcf'])
    if fr:
        body = f"""{greet(rng, lang, to['first'])}

Comme discuté au téléphone, voici les coordonnées de la personne que nous vous avons référée{'' if rng.random() < 0.5 else ' la semaine dernière'}. Sa sortie est confirmée pour le {rel:%Y-%m-%d}.

{closing(rng, lang)}
{signature(rng, nurse, lang)}"""
        subj = rng.choice(['Coordonnées – suivi à la sortie', 'Fiche contact', 'Contact pour le suivi TAO'])
    else:
        body = f"""{greet(rng, lang, to['first'])}

As discussed by phone, here are the contact details of the person we referred{'' if rng.random() < 0.5 else ' last week'}. Release is confirmed for {rel:%Y-%m-%d}.

{closing(rng, lang)}
{signature(rng, nurse, lang)}"""
        subj = rng.choice(['Contact details - follow-up after release', 'Contact card', 'Contact for OAT follow-up'])
    return spec('vcard_release', lang, types, 'vCard attachment with released patient home address, cell and OAT note', subj, nurse,
                [to], body, when, attachments=[dict(filename=fname, ctype='text/vcard; charset="utf-8"', data=vcf)])

# ----------------------------------------------------------------------------- foreign nationals (NIR / NISS)


def p_foreign(rng, ctx, lang, when):
    fr = lang == 'fr'
    country = rng.choice(['fr', 'be'])
    p = ctx.patient(rng, 'fr', nam=False, min_year=1965, max_year=2000)
    org = rng.choice(['edpe', 'mtc'])
    nurse = make_staff(rng, lang, rng.choice(['infc', 'md']), org)
    types = {'patient_name', 'date_of_birth'}
    if country == 'fr':
        num = make_nir(p, rng)
        idl = (f'NIR (sécurité sociale française) : {fmt_nir(num, rng)}' if fr else f'French social security number (NIR): {fmt_nir(num, rng)}')
        types.add('fr_nir')
        dest = ('Service des archives médicales – Centre hospitalier de Valmont', 'archives@ch-valmont.example')
    else:
        num = make_niss(p, rng)
        idl = (f'Numéro de registre national (NISS) : {fmt_niss(num, rng)}' if fr else f'Belgian national number (NISS): {fmt_niss(num, rng)}')
        types.add('be_niss')
        dest = ('Service médical – Prison de Haren', 'service.medical@haren-prison.example') if rng.random() < 0.5 else \
               ('Dr Th. Wauters – Médecine générale, Namur', 'th.wauters@mg-namur.example')
    k = rng.choice(['hiv', 'hcv', 'epi', 'scz', 'oud'])
    mk = {'hiv': 'bik', 'hcv': 'epc', 'epi': 'lev', 'scz': 'pali', 'oud': 'metha'}[k]
    types |= {'diagnosis', 'medication'}
    situation = rng.choice([("détenu(e) en attente d'une audience de l'immigration", 'held pending an immigration hearing'),
                            ('en détention provisoire', 'on remand'),
                            ('en vue d\'un transfèrement international', 'pending an international transfer')])
    if fr:
        body = f"""{greet(rng, lang)}

Nous assurons les soins de {p.title('fr')} {p.first} {p.last.upper()}, né{p.e()} le {fmt_date(p.dob, rng, 'fr', ['long', 'dmy'])}, actuellement {situation[0]} à l'{ORG[org]['fr']} (Québec, Canada).
{idl}

{p.he('fr').capitalize()} nous déclare être suivi{p.e()} chez vous pour {dx(k, 'fr')} et recevoir {med(mk, 'fr', rng)}. Afin d'assurer la continuité du traitement, pourriez-vous nous transmettre le dernier compte rendu de consultation, les derniers bilans biologiques et la liste des traitements en cours?
L'autorisation signée de l'intéressé{p.e()} est jointe.

{closing(rng, lang)}
{signature(rng, nurse, 'fr', 0)}"""
        subj = rng.choice(['Demande de dossier médical – patient détenu au Canada', 'Demande de transmission de dossier', 'Continuité des soins – demande d\'informations'])
    else:
        body = f"""{greet(rng, lang)}

We are providing care to {p.title('en')} {p.first} {p.last.upper()}, born {fmt_date(p.dob, rng, 'en', ['mdy_long', 'iso'])}, currently {situation[1]} at {ORG[org]['en']} (Quebec, Canada).
{idl}

The patient reports being followed by you for {dx(k, 'en')} and taking {med(mk, 'en', rng)}. For continuity of treatment, could you send the latest consultation report, recent blood work and current treatment list?
The patient's signed authorization is attached.

{closing(rng, lang)}
{signature(rng, nurse, 'en', 0)}"""
        subj = rng.choice(['Medical records request - patient detained in Canada', 'Request for transfer of records', 'Continuity of care - information request'])
    auth_lines = ([f'Je soussigné{p.e()} {p.first} {p.last}, né{p.e()} le {p.dob:%d/%m/%Y}, autorise la transmission de mon dossier médical au service de santé — {ORG[org]["fr"]}.',
                   'Signature : (signé)', f'Date : {later(when, -1):%Y-%m-%d}'] if True else [])
    atts = [dict(filename=rng.choice(['autorisation_signee.pdf', 'Autorisation.pdf', 'consentement.pdf']), ctype='application/pdf',
                 data=make_pdf('Autorisation de communication de renseignements', auth_lines))]
    return spec('foreign_records', lang, types, f'records request abroad with {"NIR" if country == "fr" else "NISS"}, diagnosis and treatment',
                subj, nurse, [dest], body, when, attachments=atts)

# ----------------------------------------------------------------------------- Ontario health number: inter-regional transfer


def p_ontario_transfer(rng, ctx, lang, when):
    fr = lang == 'fr'
    p = ctx.patient(rng, 'en', nam=False)
    nurse = make_staff(rng, lang, 'infc', 'mtc')
    to = make_staff(rng, lang, rng.choice(['infc', 'md']), rng.choice(['bay', 'park']))
    num, vc = make_ohn(rng)
    fps = make_mrn(rng, 'mtc')
    ks = rng.sample(['hcv', 'dep', 'ah', 'db2', 'oud', 'tdah', 'hta'], 2)
    types = {'patient_name', 'ca_health_number', 'diagnosis'}
    meds = []
    if rng.random() < 0.7:
        meds = [med({'hcv': 'epc', 'dep': 'sert', 'ah': 'salb', 'db2': 'metf', 'oud': 'bup', 'tdah': 'quet', 'hta': 'aml'}[k], lang, rng) for k in ks]
        types.add('medication')
    dob = rng.random() < 0.6
    if dob:
        types.add('date_of_birth')
    lines_fr = [f'Nom : {p.formal()}', *( [f'DDN : {p.dob.isoformat()}'] if dob else []), f'No SED : {fps}',
                f'No carte santé Ontario : {fmt_ohn(num, vc, rng)}',
                f'Problèmes : {"; ".join(dx(k, "fr") for k in ks)}'] + ([f'Médication : {"; ".join(meds)}'] if meds else [])
    lines_en = [f'Name: {p.formal()}', *( [f'DOB: {p.dob.isoformat()}'] if dob else []), f'FPS: {fps}',
                f'Ontario health card: {fmt_ohn(num, vc, rng)}',
                f'Problems: {"; ".join(dx(k, "en") for k in ks)}'] + ([f'Medications: {"; ".join(meds)}'] if meds else [])
    if fr:
        body = f"""{greet(rng, lang)}

Suite au transfèrement interrégional vers l'Ontario prévu le {workday_after(when, rng.randint(3, 9)):%Y-%m-%d}, voici le sommaire pour la continuité des soins :

{chr(10).join(lines_fr)}

Le dossier complet suivra par le système électronique du SCC. {rng.choice(['Rendez-vous en hépatologie à reporter chez vous.', 'Il reste 4 semaines de traitement.', 'Aucune allergie connue.'])}

{closing(rng, lang)}
{signature(rng, nurse, lang)}"""
        subj = rng.choice(['Transfèrement – sommaire de santé', 'Sommaire santé – transfert Ontario', f'Continuité des soins {p.last.upper()}'])
    else:
        body = f"""{greet(rng, lang)}

Further to the inter-regional transfer to Ontario planned for {workday_after(when, rng.randint(3, 9)):%Y-%m-%d}, here is the health summary for continuity of care:

{chr(10).join(lines_en)}

The full record will follow through the CSC electronic system. {rng.choice(['Hepatology appointment needs rebooking on your side.', 'Four weeks of treatment remain.', 'No known allergies.'])}

{closing(rng, lang)}
{signature(rng, nurse, lang)}"""
        subj = rng.choice(['Transfer - health summary', 'Health summary - Ontario transfer', f'Continuity of care {p.last.upper()}'])
    atts = []
    if rng.random() < 0.4:
        rows = [['field', 'value']] + [l.split(': ', 1) if ': ' in l else [l, ''] for l in (lines_fr if fr else lines_en)]
        rows = [[r[0].replace(' :', ''), r[1]] for r in rows]
        atts.append(dict(filename='sommaire_sante.xlsx' if fr else 'health_summary.xlsx',
                         ctype='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data=make_xlsx([('Sommaire' if fr else 'Summary', rows)])))
    return spec('ontario_transfer', lang, types, 'inter-regional transfer health summary with Ontario health number', subj, nurse, [to],
                body, when, attachments=atts)
