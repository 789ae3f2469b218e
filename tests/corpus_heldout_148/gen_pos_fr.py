"""Confidential messages, French (Quebec side of the hospital), part 1."""
import datetime

from gen_attach import make_csv, make_docx, make_ics, make_pdf, make_vcard, make_xlsx, make_zip
from gen_build import (att_docx, att_eml, att_pdf, att_text, att_xlsx, att_zip, fname_safe, le_la, nm)
from gen_clin import (ALLERG_FR, ATCD_FR, HOME_MEDS, MECH_FR, MEDS, PROC, WORK_FR, S, dx_of, labs_fr)
from gen_common import (EXTERNAL, FAX_QC, MOIS, ORG_FR, SITE_QC, STAFF, TEL_ARTHRO, TEL_FRACT, TEL_PLATRES,
                        fmt_date, fmt_day, fmt_mrn, fmt_nam, fmt_sin, sig)
from gen_mime import FWD, L, P, PRE, Q, SIG, T

ST = STAFF
EX = EXTERNAL


def dob_fr(ctx, p):
    d = p.dob
    return ctx.pick([d.isoformat(), d.strftime('%d/%m/%Y'), f'{d.day} {MOIS[d.month - 1]} {d.year}',
                     d.strftime('%Y/%m/%d')])


def nam_style(ctx):
    return ctx.pick(['plain', 'std', 'std', 'dots', 'slash', 'dash', 'wide', 'lower', 'odd'])


def mrn_style(ctx):
    return ctx.pick(['plain', 'plain', 'dash', 'space', 'pref', 'dots', 'wide', 'slash'])


def later(dt, a, b, ctx):
    d = dt.date() + datetime.timedelta(days=ctx.rng.randint(a, b))
    while d.weekday() >= 5:
        d += datetime.timedelta(days=1)
    return d


def hhmm(ctx):
    return ctx.pick(['8 h 00', '8 h 30', '9 h 15', '10 h 00', '10 h 45', '13 h 00', '13 h 30', '14 h 15', '15 h 00'])


# ---------------------------------------------------------------------------------------------- 1 referral
def fr_referral(ctx, B):
    dt = ctx.msg_date()
    p = ctx.holder(50, 90)
    dx = dx_of(ctx.rng, ['arthro'])
    gp = ctx.pick([EX['gmf'], EX['gmf2']])
    surg = ctx.pick([ST['lacasse'], ST['okafor']])
    meds = ctx.rng.sample(HOME_MEDS, 3)
    atcd = ctx.rng.sample(ATCD_FR, 3)
    ns = nam_style(ctx)
    sex = 'F' if p.sex == 'F' else 'M'
    lp, il, e = le_la(p)
    ident = [f'Nom : {nm(p, "sur_first")}', f'Date de naissance : {dob_fr(ctx, p)}', f'Sexe : {sex}',
             f'NAM : {fmt_nam(p.nam, ns)}', f'Tél. : {p.phone}']
    clin = [f'Dx : {dx[0]}.',
            f'Douleur mécanique depuis {ctx.pick(["2 ans", "18 mois", "plus de 3 ans"])}, périmètre de marche '
            f'{ctx.pick(["2 coins de rue", "< 200 m", "environ 10 minutes"])}, réveils nocturnes. Échec '
            f'AINS, infiltration cortisonée en {ctx.pick(MOIS)} sans effet durable, physio x 12 séances.',
            f'RX : pincement articulaire complet, ostéophytes, sclérose sous-chondrale.',
            f'ATCD : {", ".join(atcd)}.', f'Rx actuelle : {"; ".join(m[0] for m in meds)}.',
            f'Allergies : {ctx.pick(ALLERG_FR)}.']
    types = ['date_of_birth', 'diagnosis', 'medication', 'patient_contact']
    if ctx.rng.random() < 0.5:
        pdf = make_pdf('Demande de consultation en orthopédie', [('Identification de l\'usager', ident),
                                                              ('Renseignements cliniques', clin),
                                                              ('Priorité', [ctx.pick(['C (< 28 jours)', 'D (< 3 mois)', 'E (< 12 mois)'])])],
                       header=gp.role_fr, footer='Formulaire AH-XXX (modèle GMF) - transmis par courriel sécurisé')
        blocks = [P(f'Bonjour {surg.dr("fr")},'),
                  P(f'Vous trouverez ci-joint une demande de consultation pour {lp} {nm(p, "title")} '
                    f'(arthroplastie à évaluer). Merci de nous aviser si des examens supplémentaires sont requis.'),
                  P('Cordialement,'), SIG(sig(gp, 'fr'))]
        atts = [att_pdf(f'Consultation_ortho_{fname_safe(p.surname.upper())}.pdf', pdf)]
    else:
        blocks = [P(f'Bonjour {surg.dr("fr")},'),
                  P(f'Je vous réfère {lp} suivant{e} pour évaluation chirurgicale.'),
                  PRE('\n'.join(ident)), P('\n'.join(clin)),
                  P(f'{il.capitalize()} est motivé{e} pour une chirurgie et a cessé de fumer en {dt.year - 1}.'),
                  P('Merci de votre collaboration.'), SIG(sig(gp, 'fr'))]
        atts = []
    return S('referral', 'fr', 'consultation request for joint arthroplasty from a family physician', gp, [surg],
             f'Demande de consultation ortho - {nm(p, "sur_first")}' if ctx.rng.random() < 0.5 else
             'Demande de consultation - arthroplastie', dt, blocks, types, atts,
             ids=[('ramq_nam', p.nam)], holders=[p], patients=[p], cc=[ST['rioux']])


# ---------------------------------------------------------------------------------------------- 2 fracture clinic booking
def fr_fracture_booking(ctx, B):
    dt = ctx.msg_date()
    rows, pats, ids = [], [], []
    rdv = later(dt, 3, 9, ctx)
    for i in range(ctx.rng.randint(3, 5)):
        p = ctx.patient('QC', 16, 88)
        dx = dx_of(ctx.rng, ['fx'])
        tx = ctx.pick(['attelle plâtrée', 'BAB', 'botte de marche', 'écharpe', 'plâtre AB', 'attelle postérieure'])
        ms = mrn_style(ctx)
        rows.append([nm(p, ctx.pick(['sur_first', 'sur_comma', 'sur_upper_given'])), fmt_mrn(p.mrn, ms), dx[0],
                     tx, ctx.pick(['8 h 30', '9 h 00', '9 h 30', '10 h 15', '13 h 00', '13 h 45'])])
        pats.append(p)
        ids.append(('mrn', p.mrn))
    sender = ctx.pick([ST['nguyen'], ST['lemieux']])
    blocks = [P('Bonjour,'),
              P(f'Voici les patients vus à l\'urgence cette fin de semaine à céduler à la clinique de fractures '
                f'le {fmt_day(rdv, "fr")}. Tous ont eu RX post-réduction. Merci de confirmer les heures par '
                f'téléphone aux patients.'),
              T(['Patient', 'No dossier', 'Diagnostic', 'Immobilisation', 'Heure'], rows),
              P(ctx.pick(['Le 2e patient doit passer en salle de plâtre avant de voir le patron.',
                          'Prévoir RX de contrôle à l\'arrivée pour tous.',
                          'Merci!'])),
              SIG(sig(sender, 'fr'))]
    return S('fracture_clinic', 'fr', 'fracture clinic booking list from the emergency department', sender,
             [ST['kowalski']], f'Clinique de fractures - RV du {rdv.day} {MOIS[rdv.month - 1]}', dt, blocks,
             ['diagnosis'], ids=ids, patients=pats, cc=[ST['vachon']], force={'mode': ctx.pick(['html', 'alt'])})


# ---------------------------------------------------------------------------------------------- 3 cast room
def fr_cast_room(ctx, B):
    dt = ctx.msg_date()
    lines, rows, pats, ids = [], [], [], []
    for i in range(ctx.rng.randint(5, 8)):
        p = ctx.patient('QC', 4, 85)
        dx = dx_of(ctx.rng, ['fx', 'peds'])
        act = ctx.pick(['retrait plâtre + RX', 'changement BAB', 'pose botte fibre de verre', 'vérif. plâtre serré',
                        'retrait broches', 'fenêtre plâtre (plaie)', 'conversion attelle -> plâtre'])
        salle = ctx.rng.randint(1, 3)
        heure = ctx.pick(['8:00', '8:20', '8:40', '9:00', '9:20', '9:40', '10:00', '10:20', '10:40', '11:00'])
        lines.append(f'{heure}  salle {salle}  {nm(p, "sur_first")}  {dx[0]}  -> {act}')
        rows.append([heure, str(salle), p.surname.upper(), p.given, p.mrn, dx[0], act])
        pats.append(p)
        ids.append(('mrn', p.mrn))
    csv = make_csv(['heure', 'salle', 'nom', 'prenom', 'dossier', 'diagnostic', 'acte'], rows, sep=';')
    day = dt.date() + datetime.timedelta(days=1)
    blocks = [P(ctx.pick(['Salut Luc,', 'Bonjour l\'équipe du plâtre,'])),
              P(f'Liste de la salle des plâtres pour demain ({fmt_day(day, "fr")}). Fichier CSV joint pour '
                f'l\'import dans l\'agenda.'),
              PRE('\n'.join(lines)),
              P('Le Dr Vachon veut voir les RX avant retrait pour les deux premiers.'),
              SIG(sig(ST['kowalski'], 'fr'))]
    atts = [att_text('text/csv', f'salle_platres_{day.isoformat()}.csv', csv, ctx.pick(['windows-1252', 'utf-8']),
                     ctx.pick(['base64', 'quoted-printable']))]
    return S('cast_room', 'fr', 'cast room daily list with attached CSV', ST['kowalski'], [ST['bisson']],
             'Liste salle des plâtres - demain', dt, blocks, ['diagnosis'], atts, ids=ids, patients=pats)


# ---------------------------------------------------------------------------------------------- 4 CNESST
def fr_cnesst(ctx, B):
    dt = ctx.msg_date()
    p = ctx.holder(19, 64)
    dx = dx_of(ctx.rng, ['fx', 'soft'])
    job = ctx.pick(WORK_FR)
    mech = ctx.pick(MECH_FR)
    ev = dt.date() - datetime.timedelta(days=ctx.rng.randint(5, 40))
    doc = ctx.pick([ST['vachon'], ST['dionne'], ST['patel']])
    ss = ctx.pick(['std', 'plain', 'dash', 'dots', 'wide', 'odd'])
    ns = nam_style(ctx)
    sexe = 'F' if p.sex == 'F' else 'M'
    dossier = f'{ctx.rng.randint(100, 999)} {ctx.rng.randint(10, 99)} {ctx.rng.randint(1000, 9999)}'
    consol = later(dt, 28, 70, ctx)
    sections = [('Travailleur', [f'Nom, prénom : {p.surname.upper()}, {p.given}', f'Sexe : {sexe}',
                                 f'Date de naissance : {p.dob.isoformat()}', f'NAS : {fmt_sin(p.sin, ss)}',
                                 f'NAM : {fmt_nam(p.nam, ns)}', f'Emploi : {job}',
                                 f'No de dossier CNESST : {dossier}']),
                ('Événement', [f'Date de l\'événement : {ev.isoformat()}', f'Description : {mech}.']),
                ('Diagnostic', [f'{dx[0]}.',
                                f'Traitement : {ctx.pick(["immobilisation plâtrée 6 semaines", "réduction fermée et plâtre", "ORIF prévue", "botte de marche, MEC selon tolérance"])}.',
                                f'Médication : {ctx.pick(MEDS)[0]}.']),
                ('Assignation temporaire / limitations', [
                    ctx.pick(['Aucun travail avec le membre atteint. Travaux légers de bureau possibles.',
                              'Arrêt de travail complet jusqu\'au prochain rendez-vous.',
                              'Pas de port de charges > 5 kg, pas d\'échelle, alternance assis-debout.']),
                    f'Date prévisible de consolidation : {consol.isoformat()}']),
                ('Médecin', [doc.dr('fr'), 'Permis : 1-' + str(ctx.rng.randint(10000, 99999)), ORG_FR])]
    pdf = make_pdf('Rapport médical - CNESST', sections, header='Commission des normes, de l\'équité, de la santé '
                   'et de la sécurité du travail (formulaire simulé)', footer='Transmis par courriel au service des documents médicaux')
    fn = ctx.pick([f'Rapport_medical_CNESST_{fname_safe(p.surname)}_{fname_safe(p.given)}.pdf',
                   f'rapport médical {dossier}.pdf', f'CNESST_{ev.strftime("%Y%m%d")}.pdf'])
    blocks = [P('Bonjour,'),
              P(f'Veuillez trouver ci-joint le rapport médical de suivi pour le dossier {dossier}. Le rapport '
                f'd\'évolution suivra après le prochain rendez-vous à la clinique de fractures.'),
              P('Merci.'), SIG(sig(ST['perreault'], 'fr'))]
    return S('cnesst_form', 'fr', 'CNESST medical report for a work injury (PDF)', ST['perreault'], [EX['cnesst']],
             f'Rapport médical - dossier CNESST {dossier}', dt, blocks,
             ['date_of_birth', 'diagnosis', 'medication'], [att_pdf(fn, pdf)],
             ids=[('ramq_nam', p.nam), ('ca_sin', p.sin)], holders=[p], patients=[p])


# ---------------------------------------------------------------------------------------------- 5 pre-op class
def fr_preop_class(ctx, B):
    dt = ctx.msg_date()
    p = ctx.patient('QC', 52, 84)
    code = ctx.pick(['PTG', 'PTH', 'PTG', 'PUC'])
    proc = PROC[code][0]
    cl = later(dt, 10, 30, ctx)
    op = cl + datetime.timedelta(days=ctx.rng.randint(14, 35))
    withphone = ctx.rng.random() < 0.5
    blocks = [P(f'Bonjour {nm(p, "title_full")},'),
              P(f'Votre chirurgie ({proc}) est prévue le {fmt_date(op, "fr")} avec le {ST["lacasse"].dr("fr")}. '
                f'Dans le cadre du programme d\'arthroplastie, vous êtes inscrit{"e" if p.sex == "F" else ""} au '
                f'cours préopératoire du {fmt_day(cl, "fr")} à {hhmm(ctx)}, salle Rivière (2e étage, '
                f'{ctx.pick(["porte 3", "entrée principale"])}).'),
              L(['Apportez la liste de vos médicaments et vos aides techniques (marchette, canne) si vous en avez.',
                 'Un proche aidant est le bienvenu.',
                 'Durée : environ 2 h 30 (infirmière, physiothérapeute, ergothérapeute).'])]
    types = ['diagnosis']
    if withphone:
        blocks.append(P(f'Si le numéro que nous avons au dossier ({p.phone}) n\'est plus bon, merci de nous '
                        f'en aviser.'))
        types.append('patient_contact')
    blocks += [P('Au plaisir de vous rencontrer,'), SIG(sig(ST['gosselin'], 'fr'))]
    return S('preop_class', 'fr', 'pre-operative class invitation sent to a patient', ST['gosselin'],
             [(p.full, p.email)], 'Cours préopératoire - programme d\'arthroplastie', dt, blocks, types,
             patients=[p])


# ---------------------------------------------------------------------------------------------- 6 wait list XLSX
def fr_waitlist(ctx, B):
    dt = ctx.msg_date()
    n = ctx.rng.randint(5, 7)
    rows, hs, ids = [], [], []
    for i in range(n):
        h = ctx.holder(45, 90)
        code = ctx.pick(['PTG', 'PTH', 'PTG', 'PUC', 'RPTH'])
        dec = dt.date() - datetime.timedelta(days=ctx.rng.randint(20, 400))
        rows.append([h.surname.upper(), h.given, h.dob.isoformat(), h.sex, h.nam, code,
                     ctx.pick(['gauche', 'droite']), dec.isoformat(), ctx.pick(['P3', 'P4', 'P4', 'P2']),
                     ctx.pick(ST_SURG_QC).surname, ctx.pick(['', '', 'anémie à corriger', 'attente clairance cardio',
                                                            'report demandé par patient', 'IMC > 40'])])
        hs.append(h)
        ids.append(('ramq_nam', h.nam))
    x = make_xlsx([('Liste attente', ['Nom', 'Prénom', 'DDN', 'Sexe', 'NAM', 'Chirurgie', 'Côté',
                                      'Date décision', 'Priorité', 'Chirurgien', 'Remarque'], rows)], dt,
                  ST['rioux'].full)
    blocks = [P('Bonjour,'),
              P(ctx.pick(['Voici la mise à jour de la liste d\'attente en arthroplastie pour les cas à planifier '
                          'au prochain trimestre. Les dépassements de délai sont surlignés dans le fichier.',
                          'Tel que discuté au comité, ci-joint les patients en attente depuis plus de 6 mois '
                          'à reprioriser.'])),
              P('Merci de ne pas transférer à l\'extérieur du programme.'), SIG(sig(ST['rioux'], 'fr'))]
    fn = ctx.pick([f'liste_attente_arthro_{dt.strftime("%Y-%m")}.xlsx', 'Liste d\'attente PTG-PTH.xlsx'])
    return S('wait_list', 'fr', 'surgical wait list spreadsheet for arthroplasty', ST['rioux'],
             [ST['lacasse'], ST['ramsay']], 'Liste d\'attente arthroplastie - mise à jour', dt, blocks,
             ['date_of_birth', 'diagnosis'], [att_xlsx(fn, x)], ids=ids, holders=hs, patients=hs)


ST_SURG_QC = [STAFF['lacasse'], STAFF['okafor']]


# ---------------------------------------------------------------------------------------------- 7 physio referral
def fr_physio(ctx, B):
    dt = ctx.msg_date()
    p = ctx.patient('QC', 40, 85)
    code = ctx.pick(['PTG', 'PTH', 'PUC'])
    op = dt.date() - datetime.timedelta(days=ctx.rng.randint(2, 6))
    side = ctx.pick(['droite', 'gauche'])
    blocks = [P('Bonjour,'),
              P('Demande de physiothérapie en externe, suivi post-arthroplastie :'),
              PRE(f'Patient(e) : {nm(p, "sur_comma")}\nDDN : {dob_fr(ctx, p)}\nTél. : {p.phone}\n'
                  f'Adresse : {p.address()}\n'
                  f'Chirurgie : {PROC[code][0]} {side} le {op.isoformat()} ({ctx.pick(ST_SURG_QC).dr("fr")})\n'
                  f'MEC : {ctx.pick(["totale selon tolérance", "totale, marchette 2 semaines puis canne"])}\n'
                  f'Précautions : {ctx.pick(["hanche postérieure 6 semaines (pas de flexion > 90)", "aucune", "genou : viser 0-90 à 2 semaines"])}\n'
                  f'Anticoagulant : {ctx.pick(MEDS[:3])[0]}'),
              P(f'Objectif : 2 à 3 séances/semaine x 6 semaines. Merci d\'appeler la patiente ou le patient '
                f'directement pour fixer le premier rendez-vous.'),
              SIG(sig(ST['menard'], 'fr'))]
    return S('physio_referral', 'fr', 'outpatient physiotherapy referral after joint replacement', ST['menard'],
             [EX['physio_qc']], f'Référence physio - {code} {side[0].upper()}', dt, blocks,
             ['date_of_birth', 'patient_contact', 'diagnosis', 'medication'], patients=[p])


# ---------------------------------------------------------------------------------------------- 8 implant recall list
def fr_recall_list(ctx, B):
    dt = ctx.msg_date()
    lot = f'{ctx.rng.randint(1000000, 9999999)}'
    model = ctx.pick(['cupule acétabulaire Orthéon Vista 52 mm', 'insert tibial Kestrel Arc PS 10 mm',
                      'tige fémorale Orthéon Linea taille 4'])
    rows, pats, ids = [], [], []
    for i in range(ctx.rng.randint(3, 6)):
        p = ctx.patient('QC', 50, 88)
        op = dt.date() - datetime.timedelta(days=ctx.rng.randint(60, 500))
        rows.append([nm(p, 'sur_first'), fmt_mrn(p.mrn, 'plain'), op.isoformat(), ctx.pick(['D', 'G']),
                     ctx.pick(ST_SURG_QC).surname, ctx.pick(['RV à planifier', 'lettre envoyée', 'à joindre'])])
        pats.append(p)
        ids.append(('mrn', p.mrn))
    blocks = [P('Bonjour,'),
              P(f'Suite à l\'avis de rappel du fabricant ({model}, lot {lot}), voici les patients opérés chez nous '
                f'ayant reçu un implant de ce lot, selon le registre du bloc. Chacun doit être revu en clinique avec '
                f'RX du bassin/genou.'),
              T(['Patient', 'Dossier', 'Date chirurgie', 'Côté', 'Chirurgien', 'Statut'], rows),
              P('Liste confidentielle, ne pas transmettre au fabricant : le fabricant reçoit seulement les '
                'numéros de lot et le nombre de cas.'),
              SIG(sig(ST['gosselin'], 'fr'))]
    return S('implant_recall', 'fr', 'list of patients implanted with a recalled lot', ST['gosselin'],
             [ST['lacasse'], ST['okafor']], f'Rappel implant lot {lot} - patients concernés', dt, blocks,
             ['diagnosis'], ids=ids, patients=pats, cc=[ST['ramsay']], importance=True)


# ---------------------------------------------------------------------------------------------- 9 discharge DOCX
def fr_discharge(ctx, B):
    dt = ctx.msg_date()
    p = ctx.holder(55, 95)
    hip = ctx.rng.random() < 0.5
    dx = dx_of(ctx.rng, ['hip']) if hip else dx_of(ctx.rng, ['arthro'])
    proc = ctx.pick(['hémiarthroplastie', 'enclouage céphalomédullaire', 'vis-plaque DHS']) if hip else \
        ctx.pick([PROC['PTG'][0], PROC['PTH'][0]])
    adm = dt.date() - datetime.timedelta(days=ctx.rng.randint(3, 9))
    hb, labs = labs_fr(ctx.rng)
    meds = ctx.rng.sample(MEDS[:9], 3)
    sexe = 'F' if p.sex == 'F' else 'M'
    paras = [('h', 'Identification'),
             f'{p.surname.upper()}, {p.given} - Sexe : {sexe} - DDN : {p.dob.isoformat()}',
             f'NAM : {fmt_nam(p.nam, "std")} - Dossier : {p.mrn}',
             f'Admission : {adm.isoformat()}   Congé : {dt.date().isoformat()}',
             ('h', 'Diagnostic principal'), dx[0],
             ('h', 'Intervention'), f'{proc} le {(adm + datetime.timedelta(days=1)).isoformat()}, sans complication.',
             ('h', 'Évolution'),
             f'Anémie post-op (Hb nadir {hb - 12} g/L), {ctx.pick(["1 culot transfusé", "fer IV x 1", "pas de transfusion"])}. '
             f'Délirium léger J2 résolu. Mobilisation avec marchette.',
             ('h', 'Résultats au congé'), ', '.join(labs[:4]),
             ('h', 'Médication au congé'), '; '.join(m[0] for m in meds),
             ('h', 'Suivi'), f'Clinique d\'orthopédie dans 6 semaines avec RX. Retrait agrafes J14 au CLSC.']
    docx = make_docx('Résumé de départ - orthopédie', paras, dt, ST['nguyen'].full)
    blocks = [P(f'Bonjour {EX["gmf"].dr("fr")},'),
              P('Ci-joint le résumé de départ de votre patient(e) opéré(e) en orthopédie, pour votre suivi.'),
              SIG(sig(ST['nguyen'], 'fr'))]
    fn = ctx.pick([f'Resume_depart_{fname_safe(p.surname)}.docx', f'résumé de départ {p.mrn}.docx'])
    return S('discharge_summary', 'fr', 'orthopaedic discharge summary sent to family physician (DOCX)',
             ST['nguyen'], [EX['gmf']], 'Résumé de départ - orthopédie', dt, blocks,
             ['date_of_birth', 'diagnosis', 'medication', 'lab_result'], [att_docx(fn, docx)],
             ids=[('ramq_nam', p.nam), ('mrn', p.mrn)], holders=[p], patients=[p])


# ---------------------------------------------------------------------------------------------- 10 pharmacy Rx
def fr_pharmacy(ctx, B):
    dt = ctx.msg_date()
    p = ctx.patient('QC', 45, 90)
    code = ctx.pick(['PTG', 'PTH'])
    meds = [MEDS[0], MEDS[3], ctx.pick([MEDS[4], MEDS[6]]), MEDS[9]] if ctx.rng.random() < 0.5 else \
        [MEDS[1], MEDS[3], MEDS[5], MEDS[7]]
    surg = ctx.pick(ST_SURG_QC)
    blocks = [P('Bonjour,'),
              P('Ordonnance de départ transmise à votre pharmacie à la demande du patient :'),
              PRE(f'Nom : {nm(p, "upper")}\nDDN : {dob_fr(ctx, p)}\nAdresse : {p.address()}\nTél. : {p.phone}\n\n'
                  f'Dx : {PROC[code][0]} le {dt.date().isoformat()}\n\n' +
                  '\n'.join(f'{i + 1}. {m[0]}' for i, m in enumerate(meds)) +
                  f'\n\nPrescripteur : {surg.dr("fr")}, lic. {ctx.rng.randint(10000, 99999)}'),
              P(f'L\'original suit par télécopieur ({FAX_QC}). Pour toute question : pharmacie de l\'hôpital, '
                f'{ST["huot"].full}.'),
              SIG(sig(ST['huot'], 'fr'))]
    return S('prescription', 'fr', 'discharge prescription sent to a community pharmacy', ST['huot'],
             [EX['pharm_qc']], 'Ordonnance de départ - orthopédie', dt, blocks,
             ['date_of_birth', 'patient_contact', 'diagnosis', 'medication'], patients=[p])


# ---------------------------------------------------------------------------------------------- 11 transport
def fr_transport(ctx, B):
    dt = ctx.msg_date()
    p = ctx.patient('QC', 60, 95)
    dx = dx_of(ctx.rng, ['hip', 'fx'])
    rdv = later(dt, 2, 10, ctx)
    blocks = [P('Bonjour,'),
              P('Demande de transport adapté pour un rendez-vous à la clinique de fractures :'),
              T(['Champ', 'Information'],
                [['Usager', nm(p, 'sur_comma')], ['Adresse de départ', p.address()], ['Téléphone', p.phone],
                 ['Destination', f'{ORG_FR}, clinique de fractures, 1er étage'],
                 ['Date / heure', f'{rdv.isoformat()} - arrivée {hhmm(ctx)}'],
                 ['Motif', f'contrôle radiologique, {dx[0]}'],
                 ['Mobilité', ctx.pick(['fauteuil roulant, MEC nulle membre inférieur', 'marchette, plâtre jambe',
                                        'autonome avec canne, bras dans plâtre'])],
                 ['Accompagnateur', ctx.pick(['oui (fille)', 'non', 'oui (conjoint)'])]]),
              P('Retour prévu vers 12 h. Merci!'), SIG(sig(ST['kowalski'], 'fr'))]
    return S('transport_request', 'fr', 'adapted transport request for a fracture clinic visit', ST['kowalski'],
             [EX['transport_qc']], f'Transport adapté - {rdv.isoformat()}', dt, blocks,
             ['patient_contact', 'diagnosis'], patients=[p])


# ---------------------------------------------------------------------------------------------- 12 pre-op labs
def fr_preop_labs(ctx, B):
    dt = ctx.msg_date()
    p = ctx.patient('QC', 55, 85)
    hb, labs = labs_fr(ctx.rng)
    code = ctx.pick(['PTG', 'PTH'])
    surg = ctx.pick(ST_SURG_QC)
    ms = mrn_style(ctx)
    blocks = [P(f'Bonjour {surg.dr("fr")},'),
              P(f'Bilan de la clinique préop pour {nm(p, ctx.pick(["title", "sur_first", "full"]))} '
                f'(dossier {fmt_mrn(p.mrn, ms)}), {PROC[code][0]} prévue le '
                f'{later(dt, 10, 25, ctx).isoformat()} :'),
              PRE('  '.join(labs)),
              P(ctx.pick([f'Hb à {hb} avec ferritine basse : je propose fer IV (Monoferric 1 g) cette semaine et '
                          f'contrôle dans 2 semaines. On garde la date?',
                          f'HbA1c élevée malgré metformine 1 g BID : le Dr Hébert (anesthésie) recommande de revoir le contrôle glycémique '
                          f'avant de procéder. Report à discuter avec le patient.',
                          f'ECG : FA lente connue. Arrêt de l\'apixaban 48 h avant à confirmer.'])),
              SIG(sig(ST['gosselin'], 'fr'))]
    return S('lab_followup', 'fr', 'abnormal pre-operative bloodwork flagged to the surgeon', ST['gosselin'], [surg],
             'Bilan préop anormal', dt, blocks, ['lab_result', 'diagnosis', 'medication'],
             ids=[('mrn', p.mrn)], patients=[p], cc=[ST['hebert']])


# ---------------------------------------------------------------------------------------------- 13 quick note
def fr_quicknote(ctx, B):
    dt = ctx.msg_date()
    p = ctx.patient('QC', 10, 90)
    dx = dx_of(ctx.rng, ['fx', 'peds'])
    style = ctx.pick(['lower', 'lower_sur', 'init', 'given', 'title'])
    who = nm(p, style)
    txt = ctx.pick([
        f'vu {who} ce matin, plâtre trop serré, doigts un peu bleutés -> bivalvé et refait. {dx[0]}. '
        f'Revoir jeudi avec rx svp',
        f'{who} a appelé : douleur 8/10 sous le plâtre depuis hier soir. Je lui ai dit de venir à 13h en salle '
        f'de plâtre. {dx[0]}, plâtré lundi.',
        f'Salut, peux-tu ajouter {who} à ta liste de vendredi? {dx[0]}, rx de contrôle à 2 sem. Merci',
    ])
    if style == 'given':
        txt += f' (la {ctx.pick(["fille", "mère"])} de ta voisine, dossier {p.mrn})'
        ids = [('mrn', p.mrn)]
    else:
        ids = []
    frm, to = ctx.pick([(ST['bisson'], ST['vachon']), (ST['vachon'], ST['bisson']), (ST['nguyen'], ST['kowalski'])])
    blocks = [P(txt), P(frm.given[0].upper() + '.')]
    return S('quick_note', 'fr', 'terse note between clinicians about a cast problem', frm, [to],
             ctx.pick(['plâtre', 'à voir', 'rx contrôle', 'salle de plâtre 13h']), dt, blocks, ['diagnosis'],
             ids=ids, patients=[p], force={'mode': 'plain'})


# ---------------------------------------------------------------------------------------------- 14 forwarded thread
def fr_forward(ctx, B):
    dt = ctx.msg_date()
    p = ctx.holder(30, 80)
    dx = dx_of(ctx.rng, ['fx', 'arthro', 'soft'])
    gp = ctx.pick([EX['gmf'], EX['gmf2']])
    old = dt - datetime.timedelta(days=ctx.rng.randint(1, 6))
    sexe = 'F' if p.sex == 'F' else 'M'
    lp, il, e = le_la(p)
    inner = [P('Bonjour,'),
             P(f'{nm(p, "full")} (sexe : {sexe}, né{e} le {dob_fr(ctx, p)}, NAM {fmt_nam(p.nam, nam_style(ctx))}) '
               f'attend toujours son rendez-vous en orthopédie. {dx[0]}. Les douleurs augmentent, '
               f'{ctx.pick([il + " prend maintenant du Tramacet 4 fois par jour", "sous naproxène 500 mg BID", "nuits difficiles malgré l’acétaminophène"])}. '
               f'Est-ce possible d\'accélérer?'),
             P('Merci,\n' + gp.dr('fr'))]
    blocks = [P(ctx.pick(['Karine, peux-tu regarder celui-ci? Je pense qu\'on peut le monter en priorité.',
                          'Pour info et suite à donner svp.'])),
              P(ST['lacasse'].given),
              FWD('-------- Message transféré --------',
                  [('De', f'{gp.dr("fr")} <{gp.email}>'), ('Date', fmt_date(old.date(), 'fr')),
                   ('À', ST['lacasse'].email), ('Objet', 'Relance - rendez-vous ortho')], inner)]
    return S('forward', 'fr', 'forwarded family physician request to expedite an appointment', ST['lacasse'],
             [ST['gosselin']], 'TR: Relance - rendez-vous ortho', dt, blocks,
             ['date_of_birth', 'diagnosis', 'medication'], ids=[('ramq_nam', p.nam)], holders=[p], patients=[p])


# ---------------------------------------------------------------------------------------------- 15 social work
def fr_social(ctx, B):
    dt = ctx.msg_date()
    p = ctx.patient('QC', 68, 93)
    code = ctx.pick(['PTH', 'PTG'])
    lp, il, e = le_la(p)
    sit = ctx.pick([
        f'{il.capitalize()} vit seul{e} au 3e étage sans ascenseur, revenu : pension de vieillesse et SRG seulement. '
        f'Aucun proche disponible; le fils habite Vancouver.',
        f'Le conjoint, atteint d\'Alzheimer, dépend de {lp} pour les AVQ. Proche aidant épuisé, '
        f'risque de crise au retour.',
        f'Situation de logement précaire (avis d\'éviction reçu en {MOIS[(dt.month - 2) % 12]}), '
        f'bénéficiaire de l\'aide sociale. Soupçon de négligence par un colocataire, à explorer.',
    ])
    blocks = [P('Bonjour,'),
              P(f'Demande de services de soutien à domicile (SAD) au congé pour {nm(p, "title_full")}, '
                f'{p.age(dt.date())} ans, {p.address()} (tél. {p.phone}).'),
              P(f'Opéré{e} le {(dt.date() - datetime.timedelta(days=3)).isoformat()} : {PROC[code][0]}. '
                f'Congé prévu dans 48 h avec marchette.'),
              P('Situation sociale : ' + sit),
              P('Besoins : aide au bain 2 x/sem., popote roulante, évaluation ergo du domicile. '
                'Je demeure disponible pour discuter.'),
              SIG(sig(ST['labrecque'], 'fr'))]
    return S('social_work', 'fr', 'home-support request at discharge with social situation', ST['labrecque'],
             [EX['clsc']], 'Demande SAD - congé orthopédie', dt, blocks,
             ['patient_contact', 'diagnosis', 'social_information'], patients=[p])
