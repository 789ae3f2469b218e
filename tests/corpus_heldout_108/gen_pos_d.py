"""Positive templates, part D: attached .eml, file-name-only leaks, quoted
history leaks, lab follow-ups, disguised identifiers, emergency gout notes,
incident reports and research screening lists."""
import datetime

import gen_clin as C
import gen_files as F
import gen_ids as I
import gen_people as P
from gen_core import Att, Mail, inner_eml
from gen_tpl import de, dob, earlier, fwd_block, join, la_patiente, letterhead, nam, ne, patiente, pname, pron, quote


# ------------------------------------------------------------------ 27 forwarded as attachment (.eml)
def attached_eml(ctx, lang):
    r = ctx.r
    use_nam = r.random() < .5
    p = ctx.nam_patient(child=False) if use_nam else ctx.qc_patient()
    case = C.pick_case(r, p=p)
    types = {'patient_name', 'diagnosis', 'lab_result'} | ({'ramq_nam', 'date_of_birth'} if use_nam else {'mrn'})
    if lang == 'fr':
        ident = f'NAM {nam(r, p)}, DDN {dob(r, p, "fr")}' if use_nam else f'dossier {p.mrn}'
        ib = join(ctx.hello('fr', 'Dr Lavoie'), f'Résultats de {pname(r, p, "fr", "title_full")} ({ident}) reçus ce matin : '
                  f'{C.lab_str(case, "fr")}. Compatible avec une poussée {de(case["dx_fr"])}?', 'Merci de me dire si on devance le rendez-vous.',
                  ctx.sig('singh', 'fr'))
        inner = Mail('x', 'fr', ctx.staff('singh', 'fr'), [ctx.staff('lavoie', 'fr')], 'Résultats à revoir', ib)
        outer_subject = r.choice(['TR: Résultats à revoir', 'Pour info', 'voir courriel joint'])
        outer = join(ctx.hello('fr', 'Dre Côté'), r.choice(['Je te transfère le courriel en pièce jointe, le Dr Lavoie est absent cette semaine.',
                                                           'Voir le message ci-joint.', 'Pour ta clinique de jeudi.']), ctx.sig('singh', 'fr'))
        to = [ctx.staff('cote', 'fr')]
        fname = r.choice(['Résultats à revoir.eml', 'message.eml', 'TR_resultats.eml'])
    else:
        ident = f'RAMQ {nam(r, p)}, DOB {dob(r, p, "en")}' if use_nam else f'MRN {p.mrn}'
        ib = join(ctx.hello('en', 'Kevin'), f'Results for {pname(r, p, "en", "full")} ({ident}) came in: {C.lab_str(case, "en")}. '
                  f'Looks like a flare of {pron(p, "en", "pos")} {case["dx_en"]}?', ctx.sig('singh', 'en'))
        inner = Mail('x', 'en', ctx.staff('singh', 'en'), [ctx.staff('obrien', 'en')], 'Results to review', ib)
        outer_subject = 'FW: Results to review'
        outer = join(ctx.hello('en', 'Samira'), 'Forwarding the attached message since Kevin is away.', ctx.sig('singh', 'en'))
        to = [ctx.staff('haddad', 'en')]
        fname = 'Results to review.eml'
    inner.date = earlier(ctx)
    data = inner_eml(inner, r, ctx.idx * 100 + 1)
    return Mail('forward_as_attachment', lang, ctx.staff('singh', lang), to, outer_subject, outer, types=types,
                atts=[Att(fname, 'eml', data)], note='clean cover mail; identifying results only inside the attached message/rfc822')


# ------------------------------------------------------------------ 28 file-name-only leak
def filename_only(ctx, lang):
    r = ctx.r
    p = ctx.qc_patient()
    case = C.pick_case(r, r.choice(['osteo', 'pr', 'lupus', 'goutte']), p=p)
    kind = r.choice(['dexa', 'refus', 'consult', 'labs'])
    if kind == 'dexa':
        fname = r.choice([f'DEXA_{p.surname.upper()}_{p.given}_ostéoporose.pdf', f'{p.surname} {p.given} - DMO T-score -3,1.pdf'])
        extra = {'diagnosis'} if 'ostéo' in fname else {'lab_result'}
        lines = ['# Ostéodensitométrie', 'Appareil : Hologic Horizon A', 'Voir images et rapport du radiologiste.']
    elif kind == 'refus':
        drug = case['inf_drug'].split(' (')[0]
        fname = f'Refus_AP_{drug.replace(" ", "_")}_{p.surname}_{p.given}.pdf'
        extra = {'medication'}
        lines = ['Document numérisé', 'Page 1 de 2']
    elif kind == 'consult':
        fname = f'{p.surname.upper()}_{p.given}_{case["dx_fr"].split(" (")[0].replace(" ", "_")}_consult.pdf'
        extra = {'diagnosis'}
        lines = ['Numérisation', f'{ctx.today.isoformat()} {r.randint(8, 16)}:{r.randint(10, 59)}', 'Scanner Ricoh MP C3004']
    else:
        fname = f'Bilan_{p.surname}_{p.given[0]}_acide_urique_{r.randint(480, 650)}.xlsx'
        extra = {'lab_result'}
        lines = None
    if lines is None:
        data = F.make_xlsx([('Feuil1', [['Analyse', 'Valeur', 'Unité'], ['Acide urique', '', 'µmol/L'], ['Créatinine', '', 'µmol/L']])])
        att = Att(fname, 'xlsx', data)
    else:
        att = Att(fname, 'pdf', F.make_pdf(lines))
    if lang == 'fr':
        subject = r.choice(['Document', 'Numérisation', 'Pièce jointe', 'Pour le dossier', 'scan'])
        body = r.choice(['Ci-joint.', 'Voir pièce jointe.', 'Document numérisé ce matin, à classer.', ''])
    else:
        subject = r.choice(['Scan', 'Document for the chart', 'Attachment'])
        body = r.choice(['Attached.', 'See attachment.', ''])
    sender = r.choice(['marchand', 'charbonneau'])
    return Mail('filename_leak', lang, ctx.staff(sender, lang), [ctx.staff(r.choice(['dube', 'haddad', 'bergeron']), lang)],
                subject, body, types={'patient_name'} | extra, atts=[att],
                note='only the attachment file name identifies the patient and the clinical fact')


# ------------------------------------------------------------------ 29 leak only in the quoted history
def quoted_leak(ctx, lang):
    r = ctx.r
    p = ctx.qc_patient()
    case = C.pick_case(r, p=p)
    drug = case['inf_drug'].split(' (')[0]
    when = earlier(ctx, 2, 30)
    who = ctx.staff(r.choice(['singh', 'hebert', 'vezina']), lang)
    me = r.choice(['bergeron', 'lavoie', 'cote', 'haddad'])
    if lang == 'fr':
        old = join('Bonjour,', f'{pname(r, p, "fr", "title_full")} (dossier {p.mrn}) a fait une réaction à la perfusion {de(drug)} hier '
                   f'(urticaire, TA 92/58). On a donné diphenhydramine et hydrocortisone 100 mg IV. Ses résultats d\'aujourd\'hui : '
                   f'{C.lab_str(case, "fr")}.', 'Est-ce qu\'on poursuit avec prémédication ou on change de molécule?')
        body = join(r.choice(['Merci, c\'est noté.', 'Ok pour moi. On en reparle lundi.', 'Je regarde ça cet après-midi.', 'Parfait.']),
                    P.STAFF[me][0], quote(r, 'fr', who, when, P.staff_name(me, 'fr'), 'Réaction perfusion', old))
        subject = 'RE: Réaction perfusion'
    else:
        old = join('Hi,', f'{pname(r, p, "en", "full")} (MRN {p.mrn}) had an infusion reaction to {C.drug_en(drug)} yesterday '
                   f'(hives, BP 92/58). Given diphenhydramine and hydrocortisone 100 mg IV. Today\'s labs: {C.lab_str(case, "en")}.',
                   'Continue with premedication or switch agents?')
        body = join(r.choice(['Thanks, noted.', 'Fine by me, let\'s discuss Monday.', 'Will look at it this afternoon.']), P.STAFF[me][0],
                    quote(r, 'en', who, when, P.staff_name(me, 'en'), 'Infusion reaction', old))
        subject = 'RE: Infusion reaction'
    return Mail('quoted_history', lang, ctx.staff(me, lang), [who], subject, body, reply=True,
                types={'patient_name', 'mrn', 'medication', 'lab_result'}, note='short reply; patient details only in quoted history')


# ------------------------------------------------------------------ 30 lab follow-up
def lab_followup(ctx, lang):
    r = ctx.r
    use_nam = r.random() < .6
    p = ctx.nam_patient(child=False) if use_nam else ctx.qc_patient()
    case = C.pick_case(r, p=p)
    types = {'patient_name', 'lab_result'} | ({'ramq_nam'} if use_nam else {'mrn'})
    lab = r.choice(['QuantiFERON', 'hepB', 'case'])
    author = r.choice(['singh', 'hebert'])
    if lang == 'fr':
        ident = f'NAM : {nam(r, p)}' if use_nam else f'Dossier : {p.mrn}'
        if lab == 'QuantiFERON':
            res = 'QuantiFERON-TB Gold Plus POSITIF (TB1 0,82 UI/mL). Radiographie pulmonaire normale.'
            bio = r.choice(["l'adalimumab", "l'infliximab", 'le tocilizumab', "l'upadacitinib"])
            plan = f'Référer en pneumologie pour traitement de TB latente avant de débuter {bio}.'
            types.add('medication')
        elif lab == 'hepB':
            res = 'AgHBs négatif, anti-HBc POSITIF, anti-HBs 4 UI/L, ADN VHB non détectable.'
            plan = 'Prophylaxie par entécavir à prévoir avant le rituximab; aviser la Dre Côté.'
            types.add('medication')
        else:
            res = C.lab_str(case, 'fr') + '.'
            plan = f'Contexte : {case["dx_fr"]} sous {case["med_fr"]}. Ajuster selon la Dre {P.STAFF["haddad"][1]}.'
            types |= {'diagnosis', 'medication'}
        body = join(ctx.hello('fr', r.choice(['Priya', 'Dre Haddad', 'Mélanie'])),
                    f'Patient(e) : {pname(r, p, "fr")}\n{ident}\nPrélèvement du {P.fr_date(ctx.past(1, 10))}',
                    f'Résultat : {res}', plan, ctx.sig(author, 'fr'))
        subject = r.choice(['Suivi de résultats', 'Résultat anormal à suivre', f'Résultats {p.surname}', 'Dépistage pré-biologique'])
    else:
        ident = f'RAMQ: {nam(r, p)}' if use_nam else f'MRN: {p.mrn}'
        res = C.lab_str(case, 'en') + '.'
        body = join(ctx.hello('en', 'Samira'), f'Patient: {pname(r, p, "en")}\n{ident}', f'Results: {res}',
                    f'Context: {case["dx_en"]} on {case["med_en"]}.', ctx.sig(author, 'en'))
        types |= {'diagnosis', 'medication'}
        subject = r.choice(['Lab follow-up', 'Abnormal result', f'Labs - {p.surname}'])
    return Mail('lab_followup', lang, ctx.staff(author, lang),
                [ctx.staff(r.choice(['haddad', 'bergeron', 'cote']), lang)], subject, body, types=types,
                note='lab result follow-up for an identified patient')


# ------------------------------------------------------------------ 31 disguised identifiers
def disguised(ctx, lang='fr'):
    r = ctx.r
    p = ctx.nam_patient(child=False)
    case = C.pick_case(r, p=p)
    style = r.choice(['wide', 'gappy', 'slash', 'lowspaced', 'dots'])
    nm = pname(r, p, 'fr', r.choice(['lower', 'lower_sur', 'caps', 'initial']))
    body = join(r.choice(['allo', 'salut', 'Bonjour']),
                f'{nm}  /  {I.fmt_nam(p.nam, style)}  /  ddn {p.dob.strftime("%y%m%d") if r.random() < .3 else p.dob.strftime("%d-%m-%Y")}',
                r.choice([f'{case["dx_fr"]} – a besoin d\'un rdv plus tôt, douleur ++', f'résultats : {C.lab_str(case, "fr")}',
                          f'renouv. {case["med_fr"]} svp']),
                r.choice(['merci', 'thx', 'Merci!']))
    types = {'patient_name', 'ramq_nam', 'date_of_birth'}
    types.add('diagnosis' if 'rdv' in body else 'lab_result' if 'résultats' in body else 'medication')
    return Mail('disguised_ids', 'fr', ctx.staff(r.choice(['singh', 'marchand', 'hebert']), 'fr'),
                [ctx.staff(r.choice(['bergeron', 'lavoie']), 'fr')], r.choice(['rdv', 'urgent', '?', 'svp']), body, types=types,
                charset='utf-8' if style == 'wide' else None, note=f'terse note with NAM disguised ({style}) and lower-case or initial name')


# ------------------------------------------------------------------ 32 emergency gout note
def gout_er(ctx, lang):
    r = ctx.r
    p = ctx.qc_patient(sex=r.choice('MMF'))
    urate = r.randint(470, 690)
    cr = r.randint(110, 230)
    if lang == 'fr':
        body = join('Bonjour,', f'Vu à l\'urgence cette nuit : {pname(r, p, "fr", "caps_first")}, {p.age(ctx.today)} ans, dossier {p.mrn}. '
                    f'Monoarthrite aiguë du genou gauche; ponction : cristaux d\'urate, 32 000 GB. Acide urique {urate} µmol/L, '
                    f'créatinine {cr} µmol/L.', f'Traité par prednisone 30 mg x 5 jours (colchicine évitée vu la fonction rénale). '
                    f'Pouvez-vous le voir en clinique de goutte d\'ici 2 semaines pour débuter un hypo-uricémiant?',
                    f'Dr Gabriel Fréchette, urgentologue\n{P.HOSP["name"]}')
        subject = r.choice(['Goutte – demande de suivi rapide', 'Suivi urgence – goutte', 'Référence urgence HRR'])
    else:
        body = join('Hi,', f'Seen in ED overnight: {pname(r, p, "en", "caps_first")}, {p.age(ctx.today)}, MRN {p.mrn}. Acute left knee '
                    f'monoarthritis, aspirate with urate crystals. Serum urate {urate}, creatinine {cr}.',
                    'Given prednisone 30 mg x 5 days. Could your gout clinic see them within 2 weeks to start urate-lowering therapy?',
                    f'Dr. Gabriel Fréchette, Emergency\n{P.HOSP["name"]}')
        subject = 'ED follow-up - gout'
    return Mail('er_gout', lang, ('Gabriel Fréchette', 'gabriel.frechette@' + P.HOSP['domain']),
                [('CRPR Intake', 'rendezvous@' + P.CLINIC['domain'])], subject, body,
                types={'patient_name', 'mrn', 'diagnosis', 'lab_result', 'medication'}, note='emergency physician requests gout follow-up')


# ------------------------------------------------------------------ 33 infusion incident report
def incident(ctx, lang='fr'):
    r = ctx.r
    p = ctx.qc_patient()
    case = C.pick_case(r, r.choice(['pr', 'lupus', 'vasc']), p=p)
    drug = case['inf_drug']
    d = ctx.past(0, 3)
    blocks = [('h', 'Rapport de déclaration d\'incident ou d\'accident (copie interne)'),
              ('table', [['Usager', f'{p.surname.upper()}, {p.given}'], ['No de dossier', p.mrn], ['DDN', p.dob.isoformat()],
                         ['Date / heure', f'{d.isoformat()} {r.randint(9, 15)}:{r.randint(10, 59)}'], ['Lieu', 'Unité de perfusion, chaise 4']]),
              ('p', f'Description : pendant la perfusion {de(drug)}, débit programmé à {r.choice([250, 300])} mL/h au lieu de '
                    f'{r.choice([50, 100])} mL/h (erreur de programmation de la pompe). Dyspnée, bouffées de chaleur. Perfusion arrêtée, '
                    f'médecin avisé, épinéphrine non requise.'),
              ('p', 'Conséquences : surveillance prolongée 2 h, retour à domicile stable.'),
              ('p', f'Déclarant : {P.staff_name("lemieux", "fr", False)}')]
    data = F.make_docx(blocks, author='Carl Lemieux')
    body = join(ctx.hello('fr', 'Isabelle'), 'Voici ma déclaration pour l\'événement d\'hier, à transmettre à la gestion des risques.',
                ctx.sig('lemieux', 'fr'))
    return Mail('incident_report', 'fr', ctx.staff('lemieux', 'fr'), [ctx.staff('dube', 'fr')], 'Déclaration d\'incident – perfusion',
                body, types={'patient_name', 'mrn', 'date_of_birth', 'medication'},
                atts=[Att(r.choice(['AH-223_copie.docx', 'declaration_incident.docx']), 'docx', data)],
                note='incident report DOCX naming the patient and infusion error')


# ------------------------------------------------------------------ 34 research screening list (identified)
def research_screen(ctx, lang):
    r = ctx.r
    rows = [['Nom', 'Dossier', 'Âge', 'Diagnostic', 'Traitement actuel', 'Éligible?'] if lang == 'fr'
            else ['Name', 'MRN', 'Age', 'Diagnosis', 'Current treatment', 'Eligible?']]
    for i in range(r.randint(5, 9)):
        p = ctx.qc_patient()
        case = C.pick_case(r, 'lupus', p=p)
        rows.append([f'{p.surname}, {p.given}', p.mrn, p.age(ctx.today), case['dx_fr'] if lang == 'fr' else case['dx_en'],
                     case['med_fr'] if lang == 'fr' else case['med_en'], r.choice(['oui', 'non – DFGe < 30', 'à vérifier'] if lang == 'fr' else ['yes', 'no', 'check'])])
    data = F.make_xlsx([('Screening', rows)])
    if lang == 'fr':
        subject = 'Pré-sélection étude LUPUS-NEPH'
        body = join(ctx.hello('fr', 'Samira'), 'Voici les patients de la clinique qui pourraient être approchés pour l\'étude. '
                    'Je n\'ai pas encore vérifié les consentements.', ctx.sig('hebert', 'fr'))
    else:
        subject = 'Screening list - lupus nephritis trial'
        body = join(ctx.hello('en', 'Samira'), 'Potential participants from clinic attached; consents not yet checked.', ctx.sig('singh', 'en'))
    return Mail('research_screening', lang, ctx.staff('hebert' if lang == 'fr' else 'singh', lang), [ctx.staff('haddad', lang)],
                subject, body, types={'patient_name', 'mrn', 'diagnosis', 'medication'},
                atts=[Att('screening_lupus.xlsx', 'xlsx', data)], note='identified screening list for a trial (names, MRN, diagnosis)')
