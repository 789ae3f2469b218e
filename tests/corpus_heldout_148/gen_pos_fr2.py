"""Confidential messages, French, part 2 (attachments of every kind, identifiers from abroad, rosters)."""
import datetime

from gen_attach import make_ics, make_pdf, make_vcard, make_zip
from gen_build import att_eml, att_pdf, att_text, att_zip, fname_safe, le_la, nm
from gen_clin import ALLERG_FR, ATCD_FR, HOME_MEDS, MEDS, PROC, S, dx_of, labs_fr
from gen_common import (EXTERNAL, ascii_fold, MOIS, ORG_FR, SITE_QC, STAFF, TEL_FRACT, fmt_date, fmt_day, fmt_mrn, fmt_nam,
                        fmt_nir, fmt_niss, fmt_sin, sig)
from gen_mime import FWD, L, P, PRE, Q, SIG, T
from gen_pos_fr import (ST_SURG_QC, dob_fr, fr_cast_room, fr_cnesst, fr_discharge, fr_forward, fr_fracture_booking,
                        fr_pharmacy, fr_physio, fr_preop_class, fr_preop_labs, fr_quicknote, fr_recall_list,
                        fr_referral, fr_social, fr_transport, fr_waitlist, hhmm, later, mrn_style, nam_style)

ST = STAFF
EX = EXTERNAL


# ---------------------------------------------------------------------------------------------- 16 DPJ
def fr_dpj(ctx, B):
    dt = ctx.msg_date()
    p = ctx.holder(0, 9)
    dx = ctx.pick(['fracture spiroïde du tibia droit', 'fracture métaphysaire en coin du fémur distal gauche',
                   'fractures de côtes postérieures d\'âges différents', 'fracture de l\'humérus gauche'])
    sexe = 'F' if p.sex == 'F' else 'M'
    pdf = make_pdf('Signalement - Directeur de la protection de la jeunesse', [
        ('Enfant', [f'Nom : {p.surname.upper()}, {p.given}', f'Sexe : {sexe}', f'Date de naissance : {p.dob.isoformat()}',
                    f'NAM : {fmt_nam(p.nam, "std")}', f'Dossier hospitalier : {p.mrn}']),
        ('Motif', [f'Constat : {dx}.',
                   f'Histoire rapportée par le parent : {ctx.pick(["chute du divan", "jambe coincée dans les barreaux du lit", "chute en jouant seul"])}; '
                   f'mécanisme non compatible avec les lésions selon l\'orthopédiste pédiatrique.',
                   'Délai de consultation de 3 jours. Ecchymoses multiples au dos. Bilan squelettique complet demandé.']),
        ('Signalant', [f'{ST["labrecque"].full}, travailleuse sociale, {ORG_FR}', f'Médecin : {ST["fraser"].dr("fr")}'])],
        footer='Document confidentiel - Loi sur la protection de la jeunesse')
    blocks = [P('Bonjour,'),
              P(f'Suite à notre appel de ce matin ({dt.strftime("%H")} h), je vous transmets le signalement écrit '
                f'concernant l\'enfant {nm(p, "init_caps")}, vu à l\'urgence puis en orthopédie pédiatrique. '
                f'L\'enfant demeure hospitalisé en attendant votre évaluation.'),
              P('Merci de me rappeler au poste 4471.'), SIG(sig(ST['labrecque'], 'fr'))]
    return S('youth_protection', 'fr', 'written youth-protection report for a suspicious paediatric fracture',
             ST['labrecque'], [EX['dpj']], 'Signalement - suite appel', dt, blocks,
             ['date_of_birth', 'diagnosis', 'social_information'],
             [att_pdf(f'Signalement_{p.mrn}.pdf', pdf)], ids=[('ramq_nam', p.nam), ('mrn', p.mrn)], holders=[p],
             patients=[p], importance=True, cc=[ST['fraser']])


# ---------------------------------------------------------------------------------------------- 17 ICS
def fr_ics(ctx, B):
    dt = ctx.msg_date()
    p = ctx.patient('QC', 12, 80)
    dx = dx_of(ctx.rng, ['fx'])
    day = later(dt, 5, 20, ctx)
    start = datetime.datetime(day.year, day.month, day.day, ctx.pick([8, 9, 10, 13, 14]), ctx.pick([0, 15, 30, 45]))
    who = nm(p, ctx.pick(['init_caps', 'sur_first', 'full']))
    ics = make_ics(f'{p.mrn}-{day.strftime("%Y%m%d")}@{"deuxrives.example"}', start, 20,
                   f'Clinique fractures - {who}',
                   f'{dx[0]}. Dossier {p.mrn}. RX de contrôle avant la visite. {ctx.pick(["Retrait plâtre.", "Évaluer consolidation.", "Discuter chirurgie."])}',
                   'Clinique de fractures, 1er étage', (ST['kowalski'].full, ST['kowalski'].email),
                   [(ST['vachon'].full, ST['vachon'].email)], stamp=dt)
    blocks = [P('Rendez-vous ajouté à votre agenda de clinique.'), SIG(sig(ST['kowalski'], 'fr'))]
    return S('appointment', 'fr', 'calendar invitation for a fracture clinic follow-up', ST['kowalski'],
             [ST['vachon']], f'Invitation : Clinique fractures - {fmt_day(day, "fr")}', dt, blocks, ['diagnosis'],
             [att_text('text/calendar', 'invite.ics', ics, 'utf-8', ctx.pick(['base64', 'quoted-printable', '8bit']),
                       params=[('method', 'REQUEST')])], ids=[('mrn', p.mrn)], patients=[p])


# ---------------------------------------------------------------------------------------------- 18 vCard
def fr_vcard(ctx, B):
    dt = ctx.msg_date()
    p = ctx.patient('QC', 50, 88)
    code = ctx.pick(['PTG', 'PTH'])
    side = ctx.pick(['gauche', 'droite'])
    vc = make_vcard(p.given, p.surname, tel=p.phone, adr=(p.street, p.town, 'QC', p.postal, 'Canada'),
                    email=p.email, note=f'Liste d\'attente {code} {side} - priorité {ctx.pick(["P3", "P4"])}. '
                                         f'Préfère être appelé{"e" if p.sex == "F" else ""} le matin.',
                    bday=p.dob if ctx.rng.random() < 0.5 else None)
    blocks = [P('Nadia,'),
              P(f'{nm(p, "title")} a déménagé; nouvelles coordonnées en pièce jointe (fiche contact). À mettre à '
                f'jour dans la liste d\'attente {code} avant l\'envoi des convocations.'),
              P('Karine')]
    types = ['patient_contact', 'diagnosis']
    if 'BDAY' in vc:
        types.append('date_of_birth')
    return S('contact_update', 'fr', 'patient contact card for the wait list (vCard)', ST['gosselin'],
             [ST['rioux']], 'Nouvelles coordonnées - liste d\'attente', dt, blocks, types,
             [att_text(ctx.pick(['text/vcard', 'text/x-vcard']), f'{fname_safe(p.given)} {fname_safe(p.surname)}.vcf',
                       vc, 'utf-8', ctx.pick(['base64', 'quoted-printable']))], patients=[p])


# ---------------------------------------------------------------------------------------------- 19 attached .eml
def fr_attached_eml(ctx, B):
    dt = ctx.msg_date()
    p = ctx.holder(25, 85)
    dx = dx_of(ctx.rng, ['fx', 'arthro', 'soft'])
    sexe = 'F' if p.sex == 'F' else 'M'
    old = dt - datetime.timedelta(days=ctx.rng.randint(2, 12))
    gp = ctx.pick([EX['gmf'], EX['gmf2']])
    inner_blocks = [P('Bonjour,'),
                    P(f'Je vous adresse {nm(p, "full")} (sexe {sexe}, DDN {p.dob.isoformat()}, NAM '
                      f'{fmt_nam(p.nam, nam_style(ctx))}) pour {dx[0]}.'),
                    P(f'Rx : {ctx.pick(HOME_MEDS)[0]}, {ctx.pick(MEDS)[0]}. Allergie : {ctx.pick(ALLERG_FR)}.'),
                    P(gp.dr('fr'))]
    inner = B.inner_message(gp, [(ST['rioux'].full, ST['rioux'].email)], 'Référence orthopédie', old, inner_blocks,
                            ctx.pick(['utf-8', 'iso-8859-1']), ctx.pick(['quoted-printable', '8bit', 'base64']))
    blocks = [P('Bonjour,'),
              P(ctx.pick(['Je vous renvoie la référence en pièce jointe : elle n\'apparaît pas dans la liste '
                          'd\'attente. Pouvez-vous vérifier?',
                          'Voir le courriel original ci-joint, reçu sur la mauvaise adresse.'])),
              SIG(sig(ST['perreault'], 'fr'))]
    return S('forward_attachment', 'fr', 'referral forwarded as an attached message', ST['perreault'],
             [ST['rioux']], 'TR: Référence orthopédie', dt, blocks, ['date_of_birth', 'diagnosis', 'medication'],
             [att_eml('Référence orthopédie.eml', inner)], ids=[('ramq_nam', p.nam)], holders=[p], patients=[p])


# ---------------------------------------------------------------------------------------------- 20 ZIP imaging
def fr_zip(ctx, B):
    dt = ctx.msg_date()
    p = ctx.patient('QC', 30, 85)
    dx = dx_of(ctx.rng, ['fx', 'arthro'])
    d1 = dt.date() - datetime.timedelta(days=ctx.rng.randint(20, 60))
    rep1 = (f'RAPPORT D\'IMAGERIE\nPatient : {p.surname.upper()}, {p.given}\nDossier : {p.mrn}\n'
            f'Examen : RX {ctx.pick(["genou D 3 incidences", "hanche G et bassin", "poignet G 2 incidences", "cheville D"])}\n'
            f'Date : {d1.isoformat()}\n\nConclusion : {dx[0]}.\n\nRadiologiste : Dr Y. Brisebois\n')
    rep2 = (f'RAPPORT D\'IMAGERIE\nPatient : {p.surname.upper()}, {p.given}\nDossier : {p.mrn}\n'
            f'Date : {dt.date().isoformat()}\n\nContrôle : {ctx.pick(["consolidation en cours, cal visible", "pas de déplacement secondaire", "matériel en place"])}.\n')
    z = make_zip([(f'RX_{fname_safe(p.surname.upper())}_{d1.strftime("%Y%m%d")}.txt', rep1.encode('utf-8')),
                  (f'RX_{fname_safe(p.surname.upper())}_{dt.strftime("%Y%m%d")}.txt', rep2.encode('utf-8'))], dt)
    blocks = [P('Bonjour,'),
              P('Tel que demandé pour la révision du dossier, voici les deux rapports de radiologie (zip).'),
              SIG(sig(ST['perreault'], 'fr'))]
    return S('imaging_reports', 'fr', 'zipped radiology reports for a chart review', ST['perreault'],
             [ctx.pick([ST['vachon'], ST['dionne']])], 'Rapports RX demandés', dt, blocks, ['diagnosis'],
             [att_zip(ctx.pick(['rapports_rx.zip', f'imagerie_{p.mrn}.zip']), z)], ids=[('mrn', p.mrn)], patients=[p])


# ---------------------------------------------------------------------------------------------- 21 French tourist (NIR)
def fr_nir(ctx, B):
    dt = ctx.msg_date()
    p = ctx.foreign('fr')
    dx = dx_of(ctx.rng, ['fx', 'soft'])
    st = ctx.pick(['plain', 'std', 'dots', 'wide'])
    blocks = [P('Madame, Monsieur,'),
              P(f'Nous avons pris en charge votre assuré{"e" if p.sex == "F" else ""} à la suite d\'un accident de '
                f'ski au {ctx.pick(["Mont-Chevreuil", "Massif des Outardes"])}. Informations demandées pour '
                f'l\'ouverture du dossier d\'assistance :'),
              PRE(f'Nom : {p.surname.upper()} {p.given}\nNé{"e" if p.sex == "F" else ""} le : {p.dob.strftime("%d/%m/%Y")}\n'
                  f'N° de sécurité sociale : {fmt_nir(p.nir, st)}\nAdresse en France : {p.street}, {p.postal} {p.town}\n'
                  f'Tél. au Canada : {p.phone}\nDiagnostic : {dx[0]}\n'
                  f'Traitement : {ctx.pick(["réduction et plâtre, retour en France autorisé en position assise", "ostéosynthèse prévue demain", "attelle, béquilles, anticoagulation préventive"])}'),
              P('Merci de nous confirmer la garantie de paiement pour les frais d\'hospitalisation (non-résident).'),
              SIG(sig(ST['perreault'], 'fr'))]
    return S('travel_insurance', 'fr', 'travel assistance file opening for a visitor from France',
             ST['perreault'], [EX['insurer']], 'Dossier assistance - fracture - non-résident', dt, blocks,
             ['date_of_birth', 'patient_contact', 'diagnosis'], ids=[('fr_nir', p.nir)], patients=[p])


# ---------------------------------------------------------------------------------------------- 22 Belgian student (NISS)
def fr_niss(ctx, B):
    dt = ctx.msg_date()
    p = ctx.foreign('be')
    dx = dx_of(ctx.rng, ['fx', 'soft'])
    st = ctx.pick(['plain', 'std', 'space'])
    pdf = make_pdf('Attestation de soins - patient non résident', [
        ('Patient', [f'{p.given} {p.surname}', f'Date de naissance : {p.dob.strftime("%d.%m.%Y")}',
                     f'Numéro de registre national (NISS) : {fmt_niss(p.niss, st)}', f'Adresse : {p.street}, {p.postal} {p.town}']),
        ('Soins', [f'Diagnostic : {dx[0]}', f'Visites : urgence, clinique de fractures ({ST["dionne"].dr("fr")})',
                   'Médication remise : ' + ctx.pick(MEDS[3:7])[0]])], footer=ORG_FR)
    blocks = [P('Bonjour,'),
              P(f'Comme convenu, voici l\'attestation de soins pour votre mutualité. Pensez à conserver une copie '
                f'pour votre université.'),
              SIG(sig(ST['perreault'], 'fr'))]
    return S('care_certificate', 'fr', 'care certificate for a Belgian exchange student (PDF)', ST['perreault'],
             [(p.full, ascii_fold(f'{p.given}.{p.surname}@student-kul.example').lower())], 'Attestation de soins',
             dt, blocks, ['date_of_birth', 'patient_contact', 'diagnosis', 'medication'],
             [att_pdf(f'Attestation_{fname_safe(p.surname)}.pdf', pdf)], ids=[('be_niss', p.niss)], patients=[p])


# ---------------------------------------------------------------------------------------------- 23 name only in file name
def fr_name_in_filename(ctx, B):
    dt = ctx.msg_date()
    p = ctx.patient('QC', 18, 70)
    dx = dx_of(ctx.rng, ['fx'])
    pdf = make_pdf('Note de suivi - salle des plâtres', [
        (None, [f'Date : {dt.date().isoformat()}', f'Diagnostic : {dx[0]}',
                f'Immobilisation : {ctx.pick(["BAB fibre de verre", "botte plâtrée", "attelle thermoformée"])}, semaine {ctx.rng.randint(2, 6)}',
                f'Peau : {ctx.pick(["rougeur au pouce, capitonnage ajouté", "intacte", "phlyctène au talon, pansement"])}',
                f'Douleur : {ctx.rng.randint(1, 7)}/10. Plan : RX de contrôle dans 2 semaines.'])], footer=ORG_FR)
    fn = ctx.pick([f'{p.surname.upper()}_{p.given}_suivi_platre.pdf', f'Suivi plâtre - {p.given} {p.surname}.pdf'])
    blocks = [P(ctx.pick(['Voir PJ.', 'Note de ce matin en pièce jointe, pour le dossier.', 'Ci-joint. Luc'])),
              SIG(sig(ST['bisson'], 'fr'))]
    return S('cast_note', 'fr', 'cast room note where the patient is named only in the attachment file name',
             ST['bisson'], [ST['perreault']], 'Note salle des plâtres', dt, blocks, ['diagnosis'],
             [att_pdf(fn, pdf)], patients=[p])


# ---------------------------------------------------------------------------------------------- 24 name only in subject
def fr_name_in_subject(ctx, B):
    dt = ctx.msg_date()
    p = ctx.patient('QC', 45, 88)
    code = ctx.pick(['PTG', 'PTH'])
    subj = ctx.pick([f'Re: {nm(p, "title")} - plaie post-op', f'{nm(p, "sur_first")} / pansement',
                     f'RE: suivi {nm(p, "init")}'])
    blocks = [P(ctx.pick([f'Plaie propre, écoulement séreux minime au tiers distal. Pas de rougeur. Agrafes à retirer '
                          f'J14. {PROC[code][0]} sans particularité, Hb 104 hier.',
                          f'Rougeur péri-incisionnelle 3 cm, T 38,1. J\'ai fait un prélèvement et débuté céphalexine '
                          f'500 mg QID en attendant. On le revoit demain, possible infection superficielle sur '
                          f'{PROC[code][2]}.'])),
              P('Isabelle'),
              Q(f'Le {fmt_date((dt - datetime.timedelta(days=1)).date(), "fr")}, {ST["lacasse"].full} a écrit :',
                [P('Peux-tu jeter un œil au pansement demain matin et m\'écrire?')])]
    return S('wound_check', 'fr', 'post-operative wound update where the patient is named only in the subject',
             ST['lemieux'], [ST['lacasse']], subj, dt, blocks,
             ['diagnosis', 'medication'] if 'céphalexine' in blocks[0][1] else ['diagnosis', 'lab_result'],
             patients=[p], reply=True)


# ---------------------------------------------------------------------------------------------- 25 census / sign-out
def fr_census(ctx, B):
    dt = ctx.msg_date()
    rows, pats, ids = [], [], []
    n = ctx.rng.randint(6, 9)
    rooms = sorted(ctx.rng.sample(range(401, 441), n))
    for i in range(n):
        p = ctx.patient('QC', 35, 95)
        dx = dx_of(ctx.rng, ['hip', 'arthro', 'fx'])
        plan = ctx.pick(['congé demain si physio ok', 'Hb 79 -> 1 culot', 'délirium, halopéridol PRN', 'attente CHSLD',
                         'drain retiré, MEC totale', 'INR 2,8 - tenir warfarine', 'douleur mal contrôlée, ajout prégabaline',
                         'J1, lever au fauteuil', 'ATB IV, culture en cours'])
        rows.append([f'{rooms[i]}-{ctx.pick(["A", "B"])}', nm(p, ctx.pick(['sur_upper_given', 'sur_first', 'sur_init'])),
                     str(p.age(dt.date())), dx[0], plan])
        pats.append(p)
    blocks = [P('Liste de garde ortho - 4e étage'),
              T(['Ch.', 'Patient', 'Âge', 'Problème', 'Plan / à surveiller'], rows),
              P(ctx.pick(['Rien d\'autre à signaler. Bonne garde!', 'Le 2e lit de la 418 est bloqué (isolement).'])),
              P(ST['nguyen'].given)]
    plans = ' '.join(r[4] for r in rows)
    types = ['diagnosis']
    if any(w in plans for w in ('halopéridol', 'warfarine', 'prégabaline', 'ATB', 'culot')):
        types.append('medication')
    if any(w in plans for w in ('Hb ', 'INR', 'culture')):
        types.append('lab_result')
    return S('signout', 'fr', 'orthopaedic ward sign-out list', ST['nguyen'],
             [('Garde orthopédie', 'garde.ortho@deuxrives.example')], 'Liste de garde ortho', dt, blocks,
             types, patients=pats, force={'mode': ctx.pick(['html', 'alt', 'plain'])})


# ---------------------------------------------------------------------------------------------- 26 OR booking
def fr_or_booking(ctx, B):
    dt = ctx.msg_date()
    p = ctx.holder(45, 90)
    code = ctx.pick(['PTG', 'PTH', 'PUC'])
    op = later(dt, 14, 40, ctx)
    surg = ctx.pick(ST_SURG_QC)
    sexe = 'F' if p.sex == 'F' else 'M'
    ns = nam_style(ctx)
    rows = [['Nom', nm(p, 'sur_first')], ['Sexe', sexe], ['DDN', p.dob.isoformat()], ['NAM', fmt_nam(p.nam, ns)],
            ['Dossier', p.mrn], ['Intervention', f'{PROC[code][0]} {ctx.pick(["D", "G"])}'],
            ['Chirurgien', surg.dr('fr')], ['Date', op.isoformat()], ['Durée', ctx.pick(['90 min', '120 min'])],
            ['Anesthésie', ctx.pick(['rachianesthésie', 'générale', 'rachi + bloc adducteur'])],
            ['Allergies', ctx.pick(ALLERG_FR)],
            ['Anticoagulant', ctx.pick(['AAS 80 mg - poursuivre', 'apixaban - cesser 48 h avant', 'warfarine - relais à planifier'])],
            ['Implant', ctx.pick(['Orthéon Linea', 'Kestrel Arc PS', 'Orthéon Vista / Linea'])]]
    blocks = [P('Bonjour,'), P('Demande de réservation de salle d\'opération :'), T(['', ''], rows),
              P('Merci de confirmer la date au patient et à la clinique préop.'), SIG(sig(ST['rioux'], 'fr'))]
    return S('or_booking', 'fr', 'operating room booking request for arthroplasty', ST['rioux'],
             [('Bloc opératoire - réservations', 'bloc.reservation@deuxrives.example')],
             f'Réservation bloc - {code} - {op.isoformat()}', dt, blocks,
             ['date_of_birth', 'diagnosis', 'medication'], ids=[('ramq_nam', p.nam), ('mrn', p.mrn)], holders=[p],
             patients=[p], cc=[surg])


# ---------------------------------------------------------------------------------------------- 27 consult reply
def fr_consult_reply(ctx, B):
    dt = ctx.msg_date()
    p = ctx.patient('QC', 20, 80)
    dx = dx_of(ctx.rng, ['soft', 'fx', 'arthro'])
    gp = ctx.pick([EX['gmf'], EX['gmf2']])
    surg = ctx.pick([ST['dionne'], ST['vachon'], ST['lacasse']])
    plan = ctx.pick(['IRM demandée, revoir avec résultat', 'arthroscopie à planifier (liste d\'attente 4 à 6 mois)',
                     'traitement conservateur, physio 8 semaines, revoir PRN',
                     'inscription sur la liste d\'attente, classe préopératoire à venir'])
    old = dt - datetime.timedelta(days=ctx.rng.randint(20, 90))
    blocks = [P(f'Bonjour {gp.dr("fr")},'),
              P(f'J\'ai vu {nm(p, ctx.pick(["title_full", "full"]))} ({p.dob.isoformat()}) aujourd\'hui. '
                f'Impression : {dx[0]}. Plan : {plan}.'),
              P(f'J\'ai prescrit {ctx.pick(MEDS[3:9])[0]}.'), P(surg.dr('fr')),
              Q(f'Le {fmt_date(old.date(), "fr")}, {gp.dr("fr")} <{gp.email}> a écrit :',
                [P(f'Merci de voir ce patient pour douleur {ctx.pick(["au genou", "à la hanche", "à la cheville", "au poignet"])} '
                   f'depuis {ctx.pick(["3 mois", "une chute en novembre", "un an"])}.')])]
    return S('consult_reply', 'fr', 'consultation reply to the referring physician with quoted request', surg, [gp],
             'RE: Demande de consultation', dt, blocks, ['date_of_birth', 'diagnosis', 'medication'], patients=[p],
             reply=True)


# ---------------------------------------------------------------------------------------------- 28 MRN only
def fr_mrn_only(ctx, B):
    dt = ctx.msg_date()
    p = ctx.patient('QC', 60, 90)
    hb, labs = labs_fr(ctx.rng)
    ms = mrn_style(ctx)
    blocks = [P(ctx.pick([f'Dossier {fmt_mrn(p.mrn, ms)} (ch. 4{ctx.rng.randint(10, 40)}) : Hb {hb - 20} ce matin, J1 PTH. '
                          f'Asymptomatique, TA 104/62, sous énoxaparine 40 mg. On transfuse 1 culot ou on observe? {labs[2]}.',
                          f'# {fmt_mrn(p.mrn, ms)} - culture de plaie positive S. aureus (SARM négatif). '
                          f'Céfazoline à continuer? Il est sous {ctx.pick(HOME_MEDS)[0]}.']))]
    return S('lab_followup', 'fr', 'lab result question identified by chart number only', ST['nguyen'],
             [ctx.pick(ST_SURG_QC)], ctx.pick(['question Hb', 'culture', 'SVP rappeler']), dt, blocks,
             ['lab_result', 'diagnosis', 'medication'], ids=[('mrn', p.mrn)], force={'mode': 'plain'})


# ---------------------------------------------------------------------------------------------- 29 income support form
def fr_income(ctx, B):
    dt = ctx.msg_date()
    p = ctx.patient('QC', 25, 62)
    dx = dx_of(ctx.rng, ['fx', 'soft'])
    ss = ctx.pick(['std', 'plain', 'dash', 'wide'])
    pdf = make_pdf('Rapport médical - contraintes temporaires à l\'emploi', [
        ('Prestataire', [f'Nom : {nm(p, "sur_first")}', f'Date de naissance : {dob_fr(ctx, p)}',
                         f'NAS : {fmt_sin(p.sin, ss)}', f'Adresse : {p.address()}']),
        ('Renseignements médicaux', [f'Diagnostic : {dx[0]}', f'Durée prévue des contraintes : {ctx.pick(["3 mois", "6 mois"])}',
                                     'Le prestataire reçoit une aide financière de dernier recours.'])],
        footer='Programme d\'aide sociale (formulaire simulé)')
    blocks = [P('Bonjour,'),
              P(f'À la demande de {nm(p, "title")}, voici le rapport médical complété par {ST["vachon"].dr("fr")} '
                f'pour son dossier d\'aide sociale (contraintes temporaires).'),
              SIG(sig(ST['labrecque'], 'fr'))]
    return S('income_support_form', 'fr', 'medical report for a social-assistance file', ST['labrecque'],
             [('Centre local d\'emploi', 'cle.pontbriand@emploi-qc.example')], 'Rapport médical - aide sociale', dt,
             blocks, ['date_of_birth', 'patient_contact', 'diagnosis', 'social_information'],
             [att_pdf('rapport_medical_contraintes.pdf', pdf)], ids=[('ca_sin', p.sin)], patients=[p])


TEMPLATES = [
    (fr_referral, 3), (fr_fracture_booking, 3), (fr_cast_room, 2), (fr_cnesst, 3), (fr_preop_class, 2),
    (fr_waitlist, 2), (fr_physio, 2), (fr_recall_list, 2), (fr_discharge, 2), (fr_pharmacy, 2), (fr_transport, 2),
    (fr_preop_labs, 2), (fr_quicknote, 2), (fr_forward, 2), (fr_social, 2), (fr_dpj, 2), (fr_ics, 2), (fr_vcard, 2),
    (fr_attached_eml, 2), (fr_zip, 2), (fr_nir, 2), (fr_niss, 1), (fr_name_in_filename, 2), (fr_name_in_subject, 2),
    (fr_census, 2), (fr_or_booking, 2), (fr_consult_reply, 2), (fr_mrn_only, 2), (fr_income, 2),
]
