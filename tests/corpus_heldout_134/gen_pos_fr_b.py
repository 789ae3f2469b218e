"""French positives, part B: forwards, incidents, calendar, social work, visit summaries, census lists,
ZIP transfers, quoted replies, Belgian and French patients."""
import datetime

import gen_attach as A
import gen_clin as K
import gen_common as C
from gen_pos_fr_a import idline


def f_dpyd_forward(ctx, v):
    r = ctx.rng
    p = ctx.patient()
    ph = ctx.staff(r.choice(['Vachon', 'Cyr']))
    onc = ctx.staff('Arsenault')
    geno = r.choice([('c.1905+1G>A (DPYD*2A) hétérozygote', 'activité DPD ~50 %', 50),
                     ('c.2846A>T hétérozygote', 'activité DPD ~50 %', 50),
                     ('c.1236G>A (HapB3) hétérozygote', 'activité DPD réduite', 50)])
    ctx.add('lab_result', 'medication', 'diagnosis')
    lab = ('Laboratoire de biologie moléculaire — rapport\nNom : %s\nDDN : %s\nDossier : %s\n'
           'Analyse : génotypage DPYD (4 variants)\nRésultat : %s — %s\n'
           'Interprétation : réduire la dose initiale de fluoropyrimidine de %d %% puis titrer selon tolérance.'
           % (ctx.name(p, 'sur_first'), ctx.dob(p, 'iso'), ctx.mrn(p), geno[0], geno[1], geno[2]))
    if v == 2:
        eml = ctx.nested(('Laboratoire de biologie moléculaire', 'biomol@cisdr.example'), [ph],
                         'Résultat génotypage DPYD', lab, ctx.earlier(60 * 26))
        subj = 'TR: Résultat génotypage DPYD'
        text = ('Julien,\n\nRésultat reçu hier (message joint). %s devait commencer FOLFOX lundi pour '
                'son cancer du côlon : je prépare le 5-FU à 50 %% au C1.\n\n%s'
                % ('Ta patiente' if p.sex == 'F' else 'Ton patient', ctx.sig(ph, True)))
        return ctx.msg('lab_followup', 'forwarded DPYD genotype result as attached message', subj, ph, [onc], text,
                       atts=[A.at('eml', 'Resultat DPYD.eml', eml)])
    subj = 'TR: Résultat génotypage DPYD – %s' % ctx.name(p, 'sur_init')
    text = ('Bonjour Julien,\n\nJe te transfère le résultat. Ça confirme ce qu’on pensait après la mucosite grade 3 '
            'du C1 de capécitabine : on descend à 50 %% (750 mg BID) et on réévalue au C2.\n\n%s\n\n%s'
            % (ctx.sig(ph, True), ctx.orig_block(ctx.staff('Champagne'), ctx.earlier(180), lab,
                                                  to=[ph.full], subject='Résultat génotypage DPYD', fwd=True)))
    return ctx.msg('lab_followup', 'forwarded DPYD genotype result inline', subj, ph, [onc], text)


def f_incident(ctx, v):
    r = ctx.rng
    p = ctx.patient()
    nurse = ctx.staff(r.choice(['Provost', 'Desjardins']))
    drug = r.choice([('épirubicine', 'dexrazoxane 1000 mg/m² J1-J2, 500 mg/m² J3, glace'),
                     ('vinorelbine', 'hyaluronidase SC, compresses chaudes'),
                     ('oxaliplatine', 'compresses chaudes, surveillance'),
                     ('doxorubicine', 'dexrazoxane, compresses froides 4 x/j')])
    no = 'AH-%d-%04d' % (ctx.day.year % 100, r.randrange(100, 2000))
    ctx.add('medication', 'diagnosis')
    body = ('Déclaration %s — extravasation\n\nUsager : %s, dossier %s\nDiagnostic : %s\n'
            'Événement : extravasation de %s au site de perfusion périphérique (avant-bras gauche), environ %d mL, '
            'découverte à %d h %02d.\nConduite : arrêt de la perfusion, aspiration, %s. Photo au dossier.\n'
            'Suivi : appel J+1, revue en clinique J+7 avec plastie si ulcération.'
            % (no, ctx.name(p, r.choice(['sur_first', 'full'])), ctx.mrn(p, r.choice(['plain', 'h'])),
               r.choice(['cancer du sein', 'cancer du poumon non à petites cellules', 'LNH']), drug[0],
               r.randrange(3, 25), r.randrange(9, 15), r.randrange(0, 60), drug[1]))
    if v == 1:
        doc = A.make_docx('Rapport de déclaration d’incident/accident', body.split('\n'), ctx.date, nurse.full)
        subj = 'Déclaration %s' % no
        text = ('Bonjour,\n\nRapport AH-223 complété pour l’extravasation de ce matin, en pièce jointe. '
                'La gestionnaire de risques est en copie.\n\n%s' % ctx.sig(nurse))
        return ctx.msg('incident', 'extravasation incident report (DOCX)', subj, nurse,
                       [ctx.staff('Vachon'), ctx.staff('Koulibaly')], text, cc=[('Gestion des risques', 'risques@cisdr.example')],
                       atts=[A.at('docx', 'AH223_%s.docx' % no, doc)])
    subj = 'Extravasation %s au centre de jour' % drug[0]
    text = 'Bonjour,\n\nPour votre information et suivi :\n\n%s\n\n%s' % (body, ctx.sig(nurse, True))
    return ctx.msg('incident', 'extravasation incident notice to pharmacy and physician', subj, nurse,
                   [ctx.staff('Vachon'), ctx.staff('Koulibaly')], text, force_body='html' if v == 2 else None)


def f_calendar(ctx, v):
    r = ctx.rng
    clerk = ctx.staff('Trudel')
    d = ctx.fut(r.randrange(2, 12))
    start = datetime.datetime(d.year, d.month, d.day, r.choice([8, 9, 10, 13]), r.choice([0, 30]))
    end = start + datetime.timedelta(hours=r.randrange(1, 5))
    if v == 2:
        p = ctx.holder()
        summ = 'Prise de sang + évaluation pré-traitement — %s' % ctx.name(p, 'sur_first')
        desc = ('%s\nFSC, créat, bilan hépatique, TSH avant C1 pembrolizumab (adénocarcinome pulmonaire).'
                % idline(ctx, p, 'sur_first', 'space', 'iso', None, sep=' | '))
        ctx.add('medication', 'diagnosis')
    else:
        p = ctx.patient()
        reg = r.choice(K.REGIMENS)
        summ = 'Chimio %s C%d – %s' % (reg[0], r.randrange(1, 7), ctx.name(p, r.choice(['init_sur', 'sur_init'])))
        desc = 'Fauteuil %d. Protocole %s. Pompe à débrancher J3 au CLSC.' % (r.randrange(1, 19), reg[0])
        ctx.add('medication')
        if v == 1:
            desc += ' Dx : %s.' % reg[1]
            ctx.add('diagnosis')
    ics = A.make_ics('%s@cisdr.example' % C.stable_hex(ctx.seed, ctx.idx, 'ics'), ctx.date.replace(tzinfo=None),
                     start, end, summ, desc, '%s, %s' % (C.UNIT_FR, C.HOSP), (clerk.full, clerk.addr),
                     [(ctx.staff('Provost').full, ctx.staff('Provost').addr)])
    subj = 'Invitation : %s' % summ if v != 1 else 'RDV ajouté à l’agenda du centre de jour'
    text = ('Rendez-vous ajouté à l’agenda partagé du centre de jour.\n\n%s\n%s\n\n%s'
            % (C.day_fr(d), 'Voir l’invitation jointe.', ctx.sig(clerk, True)))
    return ctx.msg('appointment', 'calendar invitation for a care appointment', subj, clerk, [ctx.staff('Provost')],
                   text, atts=[A.at('ics', 'invite.ics', text=ics, ctype_params=['method=REQUEST'],
                                    cte=r.choice(['7bit', 'base64', 'quoted-printable']))])


def f_social(ctx, v):
    r = ctx.rng
    nurse = ctx.staff(r.choice(['Dufresne', 'Demers']))
    tso = ctx.staff('Hamel')
    ctx.add('social_information', 'diagnosis')
    if v == 0:
        p = ctx.holder()
        oral = r.choice(K.ORAL[:4])
        ctx.add('medication')
        subj = 'Référence service social – coassurance %s' % oral[0].split()[0]
        text = ('Bonjour Valérie,\n\nJe te réfère %s (%s, DDN %s, sexe %s, NAM %s) suivi%s pour %s. '
                '%s ne pourra pas payer la coassurance du %s (environ 95 $ par mois) : %s, '
                'loyer en retard depuis 2 mois.\n'
                'Est-ce qu’on peut voir pour un programme d’aide du fabricant ?\n\n%s'
                % (ctx.name(p, 'full'), ctx.title(p), ctx.dob(p, 'iso'), p.sex, ctx.nam(p, 'space'),
                   'e' if p.sex == 'F' else '', oral[4],
                   'Elle' if p.sex == 'F' else 'Il', oral[0],
                   'revenu de la sécurité de la vieillesse seulement' if p.age(ctx.day) >= 65 else
                   'en arrêt de travail sans assurance collective, prestations de maladie de l’assurance-emploi terminées',
                   ctx.sig(nurse, True)))
        return ctx.msg('social_work', 'social work referral for drug cost hardship', subj, nurse, [tso], text)
    p = ctx.patient()
    fem = p.sex == 'F'
    if v == 1:
        subj = 'Situation préoccupante'
        text = ('Valérie,\n\n%s m’a confié ce matin, pendant sa perfusion, que %s contrôle ses '
                'sorties et son argent, et qu’%s a peur de rentrer après ses traitements. Aucune marque visible. '
                '%s accepte de te rencontrer au fauteuil 12 avant 13 h. %s est en cours de traitement pour un '
                '%s.\nNe pas appeler à la maison — cellulaire personnel : %s.\n\n%s'
                % (ctx.name(p, 'sur_first_lc'), 'son conjoint' if fem else 'sa conjointe', 'elle' if fem else 'il',
                   'Elle' if fem else 'Il', 'Elle' if fem else 'Il',
                   'cancer du sein (AC C3)' if fem else 'cancer colorectal (FOLFOX C3)', ctx.phone(p),
                   ctx.sig(nurse, True)))
        ctx.add('medication')
        return ctx.msg('social_work', 'suspected domestic violence disclosed during infusion', subj, nurse, [tso], text)
    subj = 'Hébergement pendant les traitements'
    text = ('Bonjour,\n\nDemande pour l’Hôtellerie des Deux-Rivières : %s, %s, habite à 210 km, pas de '
            'transport. Traitements quotidiens de radiothérapie concomitante au cisplatine hebdo pour un %s, '
            '5 semaines à partir du %s. Prestataire de l’aide sociale, peut payer la portion minimale '
            'seulement.\n\n%s' % (ctx.name(p, 'title'), ctx.address(p),
                                   'cancer du col utérin' if fem else 'cancer de l’oropharynx',
                                   C.fmt_date(ctx.fut(4), 'long'), ctx.sig(tso)))
    ctx.add('medication')
    return ctx.msg('social_work', 'lodging request during treatment with income support', subj, tso,
                   [('Hôtellerie des Deux-Rivières', 'hebergement@hdr-lodge.example')], text)


def f_visit_summary(ctx, v):
    r = ctx.rng
    p = ctx.patient()
    onc = ctx.staff(r.choice(['Koulibaly', 'Robitaille', 'Arsenault']))
    reg = r.choice(K.REGIMENS)
    cbc, _, _ = K.cbc(r, 'fr')
    chem, _ = K.chem(r, 'fr')
    ctx.add('diagnosis', 'medication', 'lab_result')
    paras = ['Nom : %s     DDN : %s     Dossier : %s' % (ctx.name(p, 'sur_first'), ctx.dob(p, 'iso'), ctx.mrn(p)),
             '## Motif', 'Évaluation avant cycle %d de %s.' % (r.randrange(2, 7), reg[0]),
             '## Diagnostic', reg[1].capitalize() + '.',
             '## Examen / bilan', cbc + ' ; ' + chem,
             '## Plan', 'Poursuivre %s aux mêmes doses. %s. Revoir dans 3 semaines avec TDM.'
             % (reg[0], r.choice(K.SUPPORT_FR).capitalize())]
    fn = 'Note_visite_%s_%s.docx' % (ctx.name(p, 'file'), ctx.day.strftime('%Y%m%d'))
    doc = A.make_docx('Note de consultation — hémato-oncologie', paras, ctx.date, onc.full)
    dest = [(('Dr Philippe Gendron', 'pgendron@gmf-riviere.example'))]
    if v == 0:
        subj = 'Note de consultation'
        text = 'Bonjour Dr Gendron,\n\nVoici la note de la visite de votre patient(e) en pièce jointe.\n\n%s' % ctx.sig(onc)
        return ctx.msg('visit_summary', 'consultation note to family physician (DOCX)', subj, onc, dest, text,
                       atts=[A.at('docx', fn, doc, rfc2231=True)])
    if v == 1:
        z = A.make_zip([(fn, doc), ('bilan_%s.csv' % ctx.day.isoformat(),
                                    A.make_csv([['analyse', 'valeur'], ['FSC', cbc], ['biochimie', chem]]).encode('utf-8'))],
                       ctx.date)
        subj = 'Documents visite (zip)'
        text = 'Bonjour,\n\nDocuments de la visite d’aujourd’hui, zippés pour la taille.\n\n%s' % ctx.sig(onc, True)
        return ctx.msg('visit_summary', 'zipped visit note and lab table', subj, onc, dest, text,
                       atts=[A.at('zip', 'visite_%s.zip' % ctx.day.strftime('%Y%m%d'), z)])
    subj = 'Résumé de visite – %s' % ctx.name(p, 'sur_first_nc')
    text = 'Bonjour,\n\n%s\n\n%s' % ('\n'.join(x.replace('## ', '') for x in paras), ctx.sig(onc))
    return ctx.msg('visit_summary', 'visit summary pasted in body', subj, onc, dest, text)


def f_census(ctx, v):
    r = ctx.rng
    ph = ctx.staff(r.choice(['Cyr', 'Vachon', 'Champagne']))
    n = 3 if v != 1 else 2
    rows = [['Nom', 'Prénom', 'Sexe', 'DDN', 'NAM', 'Médicament', 'Indication', 'Prochain appel']]
    for _ in range(n):
        h = ctx.holder()
        oral = r.choice(K.ORAL)
        ctx.name(h, 'sur_first')
        rows.append([h.surname.upper(), h.given, h.sex, ctx.dob(h, 'iso'), ctx.nam(h, r.choice(['plain', 'space'])),
                     oral[0], oral[4], C.fmt_date(ctx.fut(r.randrange(1, 8)), 'iso')])
    ctx.add('medication', 'diagnosis')
    subj = 'Liste suivi antinéoplasiques oraux — semaine du %s' % C.fmt_date(ctx.day, 'dmy')
    if v == 0:
        x = A.make_xlsx([('Suivi oral', rows)], ctx.date, ph.full)
        text = 'Bonjour,\n\nListe à jour pour les appels de suivi de la semaine.\n\n%s' % ctx.sig(ph, True)
        return ctx.msg('census', 'oral anticancer drug follow-up list (XLSX)', subj, ph,
                       [ctx.staff('Champagne'), ctx.staff('Demers')], text,
                       atts=[A.at('xlsx', 'suivi_oral_%s.xlsx' % ctx.day.isoformat(), x)])
    if v == 1:
        text = 'Bonjour,\n\n%s\n\n%s' % ('\n'.join(' | '.join(x) for x in rows), ctx.sig(ph, True))
        return ctx.msg('census', 'oral anticancer drug follow-up list in body', subj, ph, [ctx.staff('Demers')], text)
    csv = A.make_csv(rows, ';')
    text = 'Salut Caroline,\n\nLe fichier pour l’import dans l’agenda d’appels.\n\n%s' % ctx.sig(ph, True)
    return ctx.msg('census', 'oral anticancer drug follow-up list (CSV)', subj, ph, [ctx.staff('Demers')], text,
                   atts=[A.at('csv', 'suivi_oral.csv', text=csv, charset='iso-8859-1', cte='8bit')])


def f_transfer_zip(ctx, v):
    r = ctx.rng
    p = ctx.patient() if v != 0 else ctx.holder()
    ph = ctx.staff(r.choice(['Vachon', 'Bastien']))
    reg = r.choice(K.REGIMENS)
    h, w, s = K.anthropo(r, p.sex)
    ctx.add('medication', 'diagnosis')
    ident = idline(ctx, p, 'sur_first', 'plain' if p.nam else None, 'iso', 'plain')
    hist = ['Cycle', 'Date', 'Dose (%)', 'Remarque']
    rows = [hist]
    d0 = ctx.day - datetime.timedelta(days=reg[3] * 4)
    for i in range(4):
        rows.append([str(i + 1), (d0 + datetime.timedelta(days=reg[3] * i)).isoformat(),
                     '100' if i < 2 else '80', '' if i < 2 else 'neuropathie G2'])
    pdf = A.make_pdf('Profil pharmacologique — transfert de soins', [
        ident, 'Diagnostic : %s' % reg[1], 'Protocole : %s, SC %s m²' % (reg[0], K.fmt_num(s, 'fr')), '',
        *K.dose_lines(reg, 'fr', s, w, 90, 80)], ctx.date, ph.full)
    z = A.make_zip([('profil_pharmaco.pdf', pdf), ('historique_cycles.csv', A.make_csv(rows).encode('utf-8'))],
                   ctx.date)
    dest = ('Pharmacie — Centre régional de cancérologie de l’Outaouais-Fictif', 'pharmacie.onco@crco.example')
    subj = 'Transfert de suivi — profil chimio'
    text = ('Bonjour,\n\nLe patient(e) poursuivra ses traitements chez vous à partir du prochain cycle (déménagement). '
            'Vous trouverez le profil pharmacologique et l’historique des cycles dans le fichier zip.\n'
            'Mot de passe transmis par téléphone.\n\n%s' % ctx.sig(ph))
    if v == 2:
        text = text.replace('Le patient(e)', ctx.name(p, 'title'))
    return ctx.msg('transfer', 'treatment transfer package to another cancer centre (ZIP)', subj, ph, [dest], text,
                   atts=[A.at('zip', 'transfert_%s.zip' % (ctx.name(p, 'file') if v == 1 else ctx.day.isoformat()), z)])


def f_quoted_reply(ctx, v):
    r = ctx.rng
    p = ctx.patient()
    ph = ctx.staff(r.choice(['Vachon', 'Cyr']))
    onc = ctx.staff(r.choice(['Robitaille', 'Koulibaly']))
    pair = r.choice([('ibrutinib', 'fluconazole', 'leucémie lymphoïde chronique'),
                     ('imatinib', 'clarithromycine', 'leucémie myéloïde chronique'),
                     ('capécitabine', 'warfarine', 'cancer du rectum'),
                     ('abiratérone', 'spironolactone', 'cancer de la prostate')])
    ctx.add('medication', 'diagnosis')
    q = ('Bonjour Dr %s,\n\nLa pharmacie communautaire nous signale que %s (%s) a reçu une ordonnance de %s '
         'de son médecin de famille. Interaction importante avec %s. Options : suspendre %s pendant le '
         'traitement ou changer l’agent. Que préférez-vous ?\n\n%s'
         % (onc.surname, ctx.name(p, r.choice(['full', 'sur_first_lc', 'lower'])), pair[2], pair[1], pair[0],
            pair[0], ph.full))
    reply = r.choice(['On suspend 7 jours, je l’appelle.', 'Change pour autre chose, je te laisse choisir.',
                      'OK pour suspendre. Merci !'])
    subj = 'RE: Interaction %s / %s' % (pair[0], pair[1])
    if v == 2:
        subj = 'RE: %s' % ctx.name(p, 'sur_first_nc')
    text = '%s\n\n%s\n\n%s' % (reply, onc.title_fr(), ctx.quote(ph, ctx.earlier(r.randrange(20, 200)), q))
    return ctx.msg('consult_reply', 'physician reply with quoted drug-interaction question', subj, onc, [ph], text,
                   headers=ctx.hdr_reply(ctx.parent_id()))


def f_belgian(ctx, v):
    r = ctx.rng
    p = ctx.pools.belgian()
    ph = ctx.staff('Vachon')
    ext = ctx.ext('liege')
    reg = r.choice([K.REGIMENS[2], K.REGIMENS[0], K.REGIMENS[13]])
    ctx.add('diagnosis', 'medication')
    ident = ('Patient(e) : %s\nNé(e) le : %s\nNISS : %s' % (ctx.name(p, r.choice(['sur_first', 'full'])),
                                                          ctx.dob(p, 'dmy'), ctx.niss(p, r.choice(['be', 'plain', 'space']))))
    if v == 0:
        subj = 'Continuité de traitement — patient(e) belge en séjour'
        text = ('Chère consœur, cher confrère,\n\nVotre patient(e) est en séjour chez nous jusqu’au %s et '
                'doit recevoir le cycle %d de %s (%s) le %s.\n\n%s\n\n'
                'Pourriez-vous nous transmettre le dernier schéma d’administration, les doses réellement administrées '
                'et la date du dernier bilan ? Nous avons besoin d’une ordonnance d’un médecin québécois pour '
                'la préparation.\n\nBien cordialement,\n\n%s'
                % (C.fmt_date(ctx.fut(20), 'long'), r.randrange(2, 6), reg[0], reg[1], C.fmt_date(ctx.fut(3), 'long'),
                   ident, ctx.sig(ph)))
        return ctx.msg('transfer', 'continuity of care request for a visiting Belgian patient', subj, ph, [ext], text)
    cbc, _, _ = K.cbc(r, 'fr')
    ctx.add('lab_result')
    subj = 'RE: Schéma %s — %s' % (reg[0], p.surname)
    q = ('Bonjour,\n\nVoici les informations demandées :\n%s\nSchéma : %s, doses à 100 %%, dernier bilan le %s : %s.\n'
         '\nDr Hélène Vandeputte\nClinique Saint-Hubert, Liège' % (ident, reg[0], C.fmt_date(ctx.past(10), 'dmy'), cbc))
    text = ('Merci beaucoup, bien reçu. Le traitement est confirmé pour %s.\n\n%s\n\n%s'
            % (C.day_fr(ctx.fut(2)), ctx.sig(ph, True),
               ctx.quote(C.Person('Hélène', 'Vandeputte', 'F', '', 'h.vandeputte', 'csh-liege.example'),
                         ctx.earlier(600), q, 'tb')))
    return ctx.msg('transfer', 'reply confirming treatment for a Belgian patient, quoted details', subj, ph, [ext], text,
                   headers=ctx.hdr_reply(ctx.parent_id()), force_body='alt' if v == 2 else None)


def f_french(ctx, v):
    r = ctx.rng
    p = ctx.pools.french()
    ph = ctx.staff(r.choice(['Vachon', 'Cyr']))
    ext = ctx.ext('valence')
    ctx.add('diagnosis', 'medication', 'lab_result')
    chem, cr = K.chem(r, 'fr')
    cbc, _, _ = K.cbc(r, 'fr')
    lines = ['Nom : %s' % ctx.name(p, 'sur_first'), 'Date de naissance : %s' % ctx.dob(p, r.choice(['dmy', 'long'])),
             'N° de sécurité sociale : %s' % ctx.nir(p, r.choice(['space', 'plain', 'key'])),
             'Diagnostic : adénocarcinome colique métastatique (foie), RAS sauvage',
             'Traitement : FOLFIRI-cétuximab, cycle %d' % r.randrange(3, 10),
             'Bilan du %s : %s ; %s' % (C.fmt_date(ctx.past(2), 'dmy'), cbc, chem)]
    if v == 1:
        pdf = A.make_pdf('Fiche de liaison — hôpital de jour d’oncologie', lines, ctx.date, ph.full)
        subj = 'Fiche de liaison – patient(e) en vacances au Québec'
        text = ('Bonjour,\n\nEn pièce jointe, la fiche de liaison complétée suite au cycle administré chez nous. '
                'Tolérance correcte, éruption acnéiforme grade 1.\n\n%s' % ctx.sig(ph))
        return ctx.msg('transfer', 'liaison sheet back to a French day hospital (PDF)', subj, ph, [ext], text,
                       atts=[A.at('pdf', 'fiche_liaison_%s.pdf' % ctx.name(p, 'file'), pdf)])
    subj = 'Demande de renseignements — %s' % ctx.name(p, 'upper') if v == 2 else 'Patient(e) FOLFIRI-cétuximab'
    text = ('Bonjour,\n\nNous accueillons votre patient(e) pour un cycle pendant son séjour :\n\n%s\n\n'
            'Pouvez-vous confirmer la dose de cétuximab (400 puis 250 mg/m² hebdo ou 500 mg/m² q2s) ?\n\n%s'
            % ('\n'.join(lines), ctx.sig(ph)))
    return ctx.msg('transfer', 'information request about a French patient treated during a stay', subj, ph, [ext],
                   text)


TEMPLATES = [f_dpyd_forward, f_incident, f_calendar, f_social, f_visit_summary, f_census, f_transfer_zip,
             f_quoted_reply, f_belgian, f_french]
