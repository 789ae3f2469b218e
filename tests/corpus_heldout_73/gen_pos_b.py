"""Positive builders, part B: vaccination, adverse events, school and care-home outbreaks, exposures."""
import datetime
import html as H

from gen_attach import Att, make_csv, make_docx, make_ics, make_pdf, make_xlsx
from gen_common import (closing, earlier, envelope, fmt_nam, forward_block, greet, ldate, name_form, org,
                        quote_block, signature, fr_date, en_date)
from gen_pos_a import DOCX, PDF, XLSX, done
from gen_vocab import LOTS, SYMPT_EN, SYMPT_FR, VACCINES


# ---------------------------------------------------------------- 11. registry correction
def vacc_registry_fix(ctx, i, lang):
    p = ctx.holder(max_age=17)
    spec, s, r = envelope(ctx, ctx.pick(['clsc', 'clsc2', 'gmf']), 'dsp', lang, functional_to=True)
    v1, v2 = ctx.rng.sample(VACCINES[:9], 2)
    d1 = ctx.day(datetime.date(2023, 1, 10), datetime.date(2024, 8, 30))
    types = ['patient_name', 'ramq_nam', 'date_of_birth']
    if lang == 'fr':
        spec['subject'] = ctx.pick(['Correction au registre de vaccination', 'Doublon au registre – fusion SVP', 'Registre : dose manquante'])
        body = (f'{greet(ctx, lang)}\n\nPourriez-vous corriger le dossier vaccinal de l’enfant suivant :\n\n'
                f'  Nom : {p.surname}, {p.given}\n  DDN : {p.dob_iso()}\n  NAM : {fmt_nam(p.nam, ctx.pick([0, 1, 2, 9]))}\n\n'
                f'La dose de {v1[0]} ({v1[1]}) administrée le {fr_date(d1)} au CLSC n’apparaît pas, et une dose de {v2[0]} '
                'a été saisie deux fois. ')
        if ctx.chance(0.6):
            body += ('La mère mentionne aussi une réaction locale importante (œdème du bras) après la dernière dose, '
                     'à documenter.')
            types.append('diagnosis')
        body += '\n\nLa carnet papier est numérisé en pièce jointe si besoin.\n\n' + closing(ctx, lang) + '\n\n' + signature(ctx, s, 'clsc', lang)
    else:
        spec['subject'] = 'Vaccination registry correction'
        body = (f'{greet(ctx, lang)}\n\nPlease correct the immunization record for {p.given} {p.surname}, DOB {p.dob_iso()}, '
                f'RAMQ {fmt_nam(p.nam, 0)}: the {v1[0]} dose given on {en_date(d1)} is missing and {v2[0]} was entered twice.\n\n'
                + closing(ctx, lang) + '\n\n' + signature(ctx, s, 'clsc', lang))
    spec['text'] = body
    types.append('medication')
    return done(spec, types, 'immunization registry correction for a child')


# ---------------------------------------------------------------- 12. clinic bookings
def vacc_clinic_bookings(ctx, i, lang):
    spec, s, r = envelope(ctx, 'dsp', ctx.pick(['clsc', 'clsc2']), lang)
    d = ctx.day()
    head = (['Heure', 'Nom', 'Prénom', 'DDN', 'NAM', 'Téléphone', 'Vaccin', 'Remarques'] if lang == 'fr'
            else ['Time', 'Last name', 'First name', 'DOB', 'RAMQ', 'Phone', 'Vaccine', 'Notes'])
    rows = [head]
    notes_fr = ['', '', 'allergie aux œufs', 'sous chimiothérapie – vérifier vaccin vivant', 'greffée rénale',
                'anaphylaxie pénicilline', 'enceinte 30 sem.', 'a fait un malaise vagal la dernière fois', 'VIH – CD4 210']
    notes_en = ['', '', 'egg allergy', 'on chemotherapy', 'kidney transplant', 'pregnant 30 wks', 'fainted last time']
    for k in range(ctx.rng.randint(6, 10)):
        p = ctx.holder(min_age=60) if k % 3 == 0 else ctx.patient(2, 90)
        t = f'{8 + k // 4}:{(k % 4) * 15:02d}'
        rows.append([t, p.surname, p.given, p.dob_iso(), fmt_nam(p.nam, 0) if p.nam else '', p.phone,
                     ctx.pick(['Influenza', 'COVID-19', 'Influenza + COVID-19', 'Pneumocoque', 'Zona (Shingrix) dose 2', 'VRS']),
                     ctx.pick(notes_fr if lang == 'fr' else notes_en)])
    if ctx.chance(0.5):
        att = Att(f'RDV_{d:%Y-%m-%d}.xlsx' if lang == 'fr' else f'bookings_{d:%Y%m%d}.xlsx', XLSX,
                  make_xlsx([(f'{d:%d-%m}', rows)]))
    else:
        att = Att(f'rendez-vous_{d:%d%m}.csv' if lang == 'fr' else f'appointments_{d:%d%m}.csv', 'text/csv',
                  make_csv(rows, delimiter=';', encoding='utf-8', bom=True), charset='utf-8')
    if lang == 'fr':
        spec['subject'] = ctx.pick([f'Liste des RDV – clinique de vaccination du {fr_date(d)}', 'Rendez-vous clinique grippe/COVID',
                                    'RDV vaccination – liste à imprimer'])
        body = (f'{greet(ctx, lang, r)}\n\nVoici la liste des rendez-vous pour la clinique de {ldate(d, lang, True)}. '
                'Les remarques viennent de la prise de rendez-vous en ligne; merci de valider au triage.\n\n'
                + closing(ctx, lang) + '\n' + signature(ctx, s, 'dsp', lang))
    else:
        spec['subject'] = f'Vaccination clinic bookings – {en_date(d)}'
        body = (f'{greet(ctx, lang, r)}\n\nAttached are the bookings for {en_date(d, True)}. Notes come from the online '
                'booking form.\n\n' + closing(ctx, lang) + '\n' + signature(ctx, s, 'dsp', lang))
    spec.update(text=body, atts=[att])
    return done(spec, ['patient_name', 'ramq_nam', 'date_of_birth', 'patient_contact', 'diagnosis', 'medication'],
                'vaccination clinic appointment list with health notes')


# ---------------------------------------------------------------- 13. adverse event following immunization
def adverse_event(ctx, i, lang):
    p = ctx.holder(max_age=70) if i != 2 else ctx.patient(1, 70)
    vac = ctx.pick(VACCINES)
    lot = ctx.pick(LOTS)
    spec, s, r = envelope(ctx, ctx.pick(['clsc', 'pharm', 'gmf']) if lang == 'fr' else 'en_clinic', 'dsp', lang, functional_to=True)
    mins = ctx.rng.randint(5, 25)
    types = ['patient_name', 'diagnosis', 'medication', 'date_of_birth']
    if lang == 'fr':
        title = 'Rapport de manifestation clinique inhabituelle (MCI) après vaccination'
        paras = [f'Vacciné(e) : {p.full()}   Sexe : {p.sex}   DDN : {p.dob_iso()}',
                 (f'NAM : {fmt_nam(p.nam, 0)}' if p.nam else 'NAM : non disponible (carte expirée)'),
                 f'Vaccin : {vac[0]} ({vac[1]})   Lot : {lot}   Site : deltoïde gauche',
                 f'Délai d’apparition : {mins} minutes', '',
                 '**Description : urticaire généralisée, œdème des lèvres, sibilances, TA 88/52.',
                 'Intervention : épinéphrine 0,5 mg IM x 2 (à 5 min d’intervalle), transfert ambulancier à l’urgence.',
                 'Évolution : congé après 6 h d’observation; cétirizine 20 mg DIE x 3 jours.',
                 'Antécédents : asthme, allergie au latex.']
        spec['subject'] = ctx.pick(['Déclaration MCI – réaction anaphylactique', 'MCI à déclarer', f'Rapport MCI – lot {lot}'])
        body = (f'{greet(ctx, lang)}\n\nJe vous transmets le rapport de MCI pour une réaction survenue à notre clinique '
                f'ce matin après administration de {vac[0]}. Une copie a été déposée au dossier.\n\n' + closing(ctx, lang) +
                '\n\n' + signature(ctx, s, 'clsc', lang))
        fname = ctx.pick(['Rapport MCI – réaction anaphylactique.pdf', f'MCI_{lot}.pdf', 'ESPRI_declaration.pdf'])
    else:
        title = 'Adverse Event Following Immunization (AEFI) report'
        paras = [f'Client: {p.full()}  Sex: {p.sex}  DOB: {p.dob_iso()}',
                 (f'RAMQ: {fmt_nam(p.nam, 0)}' if p.nam else 'RAMQ: n/a'),
                 f'Vaccine: {vac[0]}  Lot: {lot}', f'Onset: {mins} minutes', '',
                 '**Generalized urticaria, lip swelling, wheeze, BP 88/52.',
                 'Epinephrine 0.5 mg IM x 2, transferred to ED; discharged after 6 h on cetirizine.']
        spec['subject'] = 'AEFI report – anaphylaxis'
        body = (f'{greet(ctx, lang)}\n\nPlease find the AEFI report for a reaction at our clinic today.\n\n' + closing(ctx, lang) +
                '\n\n' + signature(ctx, s, 'en_clinic', lang))
        fname = 'AEFI_report.pdf'
    if p.nam:
        types.append('ramq_nam')
    spec.update(text=body, atts=[Att(fname, PDF, make_pdf(title, paras, compress=ctx.chance(0.5)))])
    return done(spec, types, 'AEFI / MCI report (anaphylaxis) with vaccinee identity')


# ---------------------------------------------------------------- 14. school outbreak list (HTML table)
def school_outbreak(ctx, i, lang):
    ill = ['gastro', 'varicelle', 'coqueluche'][i % 3] if lang == 'fr' else ['gastro', 'chickenpox', 'pertussis'][i % 3]
    spec, s, r = envelope(ctx, 'school', 'dsp', lang, functional_to=True)
    school = ctx.pick(['École primaire des Pionniers', 'École Sainte-Marguerite', 'École secondaire du Versant', 'Riverside Elementary'])
    kids = [ctx.holder(max_age=14) if k == 0 else ctx.patient(5, 13) for k in range(ctx.rng.randint(4, 7))]
    rows = []
    for k in kids:
        rows.append((k.full(), ctx.pick(['2e année', '3e B', '4e A', '5e', '1re C', 'maternelle']) if lang == 'fr' else ctx.pick(['Grade 2', 'Grade 4', 'K']),
                     ctx.day().strftime('%d/%m'), ', '.join(ctx.rng.sample(SYMPT_FR if lang == 'fr' else SYMPT_EN, 2)),
                     f'{k.phone} ({ctx.pick(["mère", "père", "tuteur"]) if lang == "fr" else ctx.pick(["mother", "father"])})'))
    hd = (['Élève', 'Classe', 'Début', 'Symptômes', 'Parent'] if lang == 'fr' else ['Student', 'Class', 'Onset', 'Symptoms', 'Parent'])
    table = ('<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:10pt"><tr>' +
             ''.join(f'<th>{H.escape(x)}</th>' for x in hd) + '</tr>' +
             ''.join('<tr>' + ''.join(f'<td>{H.escape(c)}</td>' for c in row) + '</tr>' for row in rows) + '</table>')
    plain = '\n'.join(' | '.join(row) for row in rows)
    sk = kids[0]
    nam_line = f'{sk.full()} ({sk.dob_iso()}), NAM {fmt_nam(sk.nam, 0)}'
    if lang == 'fr':
        spec['subject'] = ctx.pick([f'Éclosion de {ill} – {school}', f'{school} : absences {ill}', f'Signalement {ill} à l’école'])
        intro = (f'Bonjour,<br><br>Tel que demandé, voici la liste des élèves absents pour {ill} à {school} depuis lundi. '
                 f'Le petit {H.escape(nam_line)} a été hospitalisé hier soir selon sa mère.<br><br>')
        outro = '<br>Je reste disponible.<br><br>' + H.escape(signature(ctx, s, 'school', lang, role='Infirmière scolaire')).replace('\n', '<br>')
        text = (f'Bonjour,\n\nTel que demandé, voici la liste des élèves absents pour {ill} à {school} depuis lundi. '
                f'Le petit {nam_line} a été hospitalisé hier soir selon sa mère.\n\n{plain}\n\nJe reste disponible.')
    else:
        spec['subject'] = f'{ill.title()} cluster – {school}'
        intro = (f'Hello,<br><br>Here is the list of students absent with {ill} at {school} since Monday. '
                 f'{H.escape(nam_line)} was admitted to hospital last night.<br><br>')
        outro = '<br>Thanks,<br>' + H.escape(signature(ctx, s, 'school', lang, role='School Nurse')).replace('\n', '<br>')
        text = f'Hello,\n\nStudents absent with {ill} at {school}. {nam_line} was admitted last night.\n\n{plain}\n'
    spec['html'] = f'<html><body style="font-family:Arial">{intro}{table}{outro}</body></html>'
    spec['text'] = text
    spec['body'] = ctx.pick(['html', 'alt'])
    return done(spec, ['patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis', 'patient_contact'],
                'school outbreak: students absent with symptoms (HTML table)')


# ---------------------------------------------------------------- 15. parent mail forwarded by school nurse
def school_parent_fwd(ctx, i, lang):
    kid = ctx.patient(5, 15) if i != 1 else ctx.holder(max_age=15)
    parent = ctx.patient(30, 50)
    parent.surname = kid.surname
    parent.email = f'{parent.given.split("-")[0].lower()}.{kid.surname.lower().replace(" ", "")}{ctx.rng.randint(1, 99)}@courriel.example'
    import unicodedata as _u
    parent.email = ''.join(c for c in _u.normalize('NFKD', parent.email) if not _u.combining(c))
    spec, s, r = envelope(ctx, 'school', 'dsp', lang)
    pd = earlier(ctx, spec['date'])
    types = ['patient_name', 'diagnosis', 'medication', 'patient_contact']
    if lang == 'fr':
        il = 'elle' if kid.sex == 'F' else 'il'
        pbody = (f'Bonjour Madame,\n\n{"ma fille" if kid.sex == "F" else "mon fils"} {kid.given} ({ctx.pick(["5e année", "6e année", "4e année"])}) doit recevoir ses vaccins '
                 f'à l’école jeudi. Je veux vous avertir qu’{il} a fait une anaphylaxie aux arachides l’an passé et qu’{il} a toujours '
                 f'son EpiPen Jr dans son sac. {il.capitalize()} prend aussi du Concerta 27 mg le matin pour son TDAH. Est-ce que c’est correct '
                 f'qu’{il} reçoive le vaccin contre l’hépatite B et le VPH ?\n\nMerci\n'
                 f'{parent.given} {parent.surname}\n{parent.phone}')
        spec['subject'] = ctx.pick([f'TR: vaccination de {kid.given}', 'TR: question vaccin – allergie', 'Tr : vaccin jeudi'])
        top = (f'{greet(ctx, lang)}\n\nJe vous transfère le courriel d’un parent. Pouvez-vous me confirmer la conduite ? '
               'Je n’ai pas de contre-indication au dossier.\n\n' + signature(ctx, s, 'school', lang, role='Infirmière scolaire'))
        if kid.nam:
            top += f'\n\n(NAM de l’élève au dossier : {fmt_nam(kid.nam, 0)}, né le {kid.dob_fr()})'
            types += ['ramq_nam', 'date_of_birth']
        q = forward_block(lang, (f'{parent.given} {parent.surname}', parent.email), pd, f'vaccin {kid.given} {kid.surname}', pbody,
                          (s.full(), s.addr(org('school')[1])))
    else:
        she, her = ('She', 'her') if kid.sex == 'F' else ('He', 'his')
        pbody = (f'Hi,\n\nMy {"daughter" if kid.sex == "F" else "son"} {kid.given} {kid.surname} is supposed to get {her} shots at school on Thursday. {she} had a '
                 'seizure with fever after her last vaccines and is on Keppra now. Is it safe?\n\n'
                 f'{parent.given}\n{parent.phone}')
        spec['subject'] = f'FW: {kid.given}\'s vaccines'
        top = f'{greet(ctx, lang)}\n\nForwarding a parent\'s question — please advise.\n\n' + signature(ctx, s, 'school', lang)
        if kid.nam:
            top += f'\n\nStudent RAMQ: {fmt_nam(kid.nam, 0)}, DOB {kid.dob_iso()}'
            types += ['ramq_nam', 'date_of_birth']
        q = forward_block(lang, (f'{parent.given} {parent.surname}', parent.email), pd, 'shots', pbody)
    spec['text'] = top + '\n\n' + q
    return done(spec, types, 'parent e-mail about child allergy/medication forwarded by school nurse')


# ---------------------------------------------------------------- 16. care-home line list
def chsld_line_list(ctx, i, lang):
    ill = ['influenza A', 'COVID-19', 'gastro-entérite (norovirus)', 'VRS'][i % 4]
    home = ctx.pick(['chsld', 'chsld2'])
    spec, s, r = envelope(ctx, home, 'dsp', lang, functional_to=True)
    head = (['Unité', 'Chambre', 'No dossier', 'Nom', 'Prénom', 'DDN', 'NAM', 'Début symptômes', 'Symptômes', 'Test', 'Résultat', 'Antiviral', 'Statut']
            if lang == 'fr' else ['Unit', 'Room', 'Chart', 'Last', 'First', 'DOB', 'RAMQ', 'Onset', 'Symptoms', 'Test', 'Result', 'Antiviral', 'Status'])
    rows = [head]
    for k in range(ctx.rng.randint(6, 11)):
        p = ctx.holder(min_age=70) if k % 2 == 0 else ctx.patient(70, 99)
        res = ctx.pick(['positif', 'positif', 'négatif', 'en attente'])
        rows.append([ctx.pick(['2 Est', '3 Ouest', 'RDC']), f'{ctx.rng.randint(1, 3)}{ctx.rng.randint(10, 45)}', p.mrn, p.surname, p.given,
                     p.dob_iso(), fmt_nam(p.nam, 0) if p.nam else '', ctx.day().strftime('%Y-%m-%d'),
                     ', '.join(ctx.rng.sample(SYMPT_FR, 2)), 'TAAN multiplex', res,
                     ('oseltamivir 30 mg BID' if 'influenza' in ill and res == 'positif' else ''),
                     ctx.pick(['en isolement', 'hospitalisé', 'rétabli', 'décédé', 'en isolement'])])
    staff_rows = [['Employé(e)', 'Quart', 'Début', 'Retour prévu']] + [[ctx.staff().full(), ctx.pick(['jour', 'soir', 'nuit']),
                                                                       ctx.day().isoformat(), ''] for _ in range(3)]
    xl = make_xlsx([('Résidents', rows), ('Personnel', staff_rows)])
    fname = ctx.pick([f'liste_descriptive_{home}.xlsx', 'Liste descriptive éclosion – mise à jour.xlsx', f'Eclosion_{spec["date"]:%Y%m%d}.xlsx'])
    if lang == 'fr':
        spec['subject'] = ctx.pick([f'Éclosion {ill} – liste descriptive à jour', f'Mise à jour éclosion – {org(home)[0]}', 'Liste descriptive – jour 6'])
        body = (f'{greet(ctx, lang)}\n\nVoici la liste descriptive mise à jour ce matin ({len(rows) - 1} résidents). Deux nouveaux cas au 3 Ouest. '
                'La prophylaxie a été offerte aux résidents non atteints de l’unité.\n\n' + closing(ctx, lang) + '\n\n' +
                signature(ctx, s, home, lang, role='Conseillère en prévention des infections'))
    else:
        spec['subject'] = f'Outbreak line list update – {ill}'
        body = (f'{greet(ctx, lang)}\n\nUpdated line list attached ({len(rows) - 1} residents).\n\n' + closing(ctx, lang) +
                '\n\n' + signature(ctx, s, home, lang, role='Infection Control Practitioner'))
    spec.update(text=body, atts=[Att(fname, XLSX, xl)])
    return done(spec, ['patient_name', 'ramq_nam', 'mrn', 'date_of_birth', 'diagnosis', 'lab_result', 'medication'],
                f'care-home outbreak line list ({ill})')


# ---------------------------------------------------------------- 17. on-call handover
def oncall_handover(ctx, i, lang):
    spec, s, r = envelope(ctx, 'dsp', 'dsp', lang)
    items = []
    p1 = ctx.holder(min_age=18)
    p2 = ctx.patient(1, 80)
    p3 = ctx.patient(18, 60)
    types = ['patient_name', 'diagnosis', 'medication', 'patient_contact', 'lab_result', 'ramq_nam']
    if lang == 'fr':
        spec['subject'] = ctx.pick(['Passation de garde – fin de semaine', 'Garde MI – dossiers en suspens', 'Relève de garde'])
        items = [f'1) {p1.surname.upper()} {p1.given} (NAM {fmt_nam(p1.nam, ctx.pick([0, 7]))}) – IIM, contacts familiaux : cipro donnée '
                 'à 3/4, reste le grand-père à joindre (ne répond pas).',
                 f'2) {name_form(ctx, p2, lang, ["lower", "initials", "full"])} – rougeole probable, IgM en attente au LSPQ. '
                 f'Exposition à la salle d’attente de l’urgence samedi 14 h-18 h. Tél. {p2.phone}.',
                 f'3) {p3.full()} – morsure de chauve-souris hier soir, 1re dose de vaccin + RIg faites à l’urgence; prochaine dose J3.',
                 '4) Légionellose : rien de nouveau, enquête environnementale lundi.']
        body = (f'{greet(ctx, lang, r)}\n\nVoici les dossiers actifs pour la garde :\n\n' + '\n\n'.join(items) +
                '\n\nBonne garde !\n' + signature(ctx, s, 'dsp', lang, short=True))
    else:
        spec['subject'] = 'On-call handover'
        items = [f'1) {p1.surname.upper()}, {p1.given} (RAMQ {fmt_nam(p1.nam, 0)}) – IMD, household contacts: cipro given to 3/4.',
                 f'2) {name_form(ctx, p2, lang, ["lower", "initials"])} – probable measles, IgM pending. Phone {p2.phone}.',
                 f'3) {p3.full()} – bat bite, first rabies vaccine + RIG given in ED; next dose day 3.']
        body = f'{greet(ctx, lang, r)}\n\nActive files:\n\n' + '\n'.join(items) + '\n\n' + signature(ctx, s, 'dsp', lang, short=True)
    spec['text'] = body
    return done(spec, types, 'public-health on-call handover list')


# ---------------------------------------------------------------- 18. measles exposure follow-up
def measles_exposure(ctx, i, lang):
    spec, s, r = envelope(ctx, 'dsp', ctx.pick(['hosp', 'clsc']) if lang == 'fr' else 'en_hosp', lang)
    rows = [['Nom', 'DDN', 'Groupe', 'Statut immunitaire', 'IgG rougeole', 'Intervention'] if lang == 'fr' else
            ['Name', 'DOB', 'Group', 'Immune status', 'Measles IgG', 'Action']]
    for k in range(ctx.rng.randint(4, 7)):
        p = ctx.holder(max_age=45) if k == 0 else ctx.patient(0, 45)
        if lang == 'fr':
            grp = ctx.pick(['nourrisson < 12 mois', 'enceinte', 'immunosupprimé', 'adulte né après 1970', 'enfant 1 dose'])
            ig = ctx.pick(['négatif', 'positif', 'en attente', 'non fait'])
            act = 'IgIV 400 mg/kg' if grp in ('enceinte', 'immunosupprimé') and ig == 'négatif' else ctx.pick(['RRO', 'Ig IM 0,5 mL/kg', 'aucune', 'exclusion J5-J21'])
            st = ctx.pick(['non documenté', '1 dose', 'inconnu'])
        else:
            grp = ctx.pick(['infant < 12 months', 'pregnant', 'immunocompromised', 'adult born after 1970', 'child 1 dose'])
            ig = ctx.pick(['negative', 'positive', 'pending', 'not done'])
            act = 'IVIG 400 mg/kg' if grp in ('pregnant', 'immunocompromised') and ig == 'negative' else ctx.pick(['MMR', 'IMIG 0.5 mL/kg', 'none', 'exclusion day 5-21'])
            st = ctx.pick(['undocumented', '1 dose', 'unknown'])
        rows.append([p.full() + (f' ({fmt_nam(p.nam, 0)})' if p.nam else ''), p.dob_iso(), grp, st, ig, act])
    att = Att('Exposés rougeole – intervention requise.docx' if lang == 'fr' else 'measles_exposed.docx', DOCX,
              make_docx('Personnes exposées – rougeole' if lang == 'fr' else 'Measles – exposed persons',
                        ['Exposition : salle d’attente, urgence pédiatrique.' if lang == 'fr' else 'Exposure: paediatric ED waiting room.'],
                        table=rows, author=s.full()))
    if lang == 'fr':
        spec['subject'] = 'Rougeole – exposés à prendre en charge'
        body = (f'{greet(ctx, lang, r)}\n\nSuite au cas de rougeole confirmé, voici les personnes exposées nécessitant une intervention '
                'dans les 72 h (RRO) ou 6 jours (immunoglobulines). Merci de nous retourner le tableau complété.\n\n'
                + closing(ctx, lang) + '\n\n' + signature(ctx, s, 'dsp', lang))
    else:
        spec['subject'] = 'Measles – exposed persons requiring PEP'
        body = (f'{greet(ctx, lang, r)}\n\nList of exposed persons needing MMR within 72 h or immunoglobulin within 6 days.\n\n'
                + closing(ctx, lang) + '\n\n' + signature(ctx, s, 'dsp', lang))
    spec.update(text=body, atts=[att])
    return done(spec, ['patient_name', 'ramq_nam', 'date_of_birth', 'lab_result', 'medication', 'diagnosis'],
                'measles exposed persons with immune status (DOCX table)')


# ---------------------------------------------------------------- 19. home vaccination roster (HTML only)
def home_vacc_roster(ctx, i, lang):
    spec, s, r = envelope(ctx, ctx.pick(['clsc', 'clsc2']), 'clsc', lang)
    rows = []
    for k in range(ctx.rng.randint(4, 6)):
        p = ctx.holder(min_age=65) if k % 2 == 0 else ctx.patient(65, 98)
        cond = ctx.pick(['grabataire, SLA', 'démence – fille présente', 'oxygène à domicile (MPOC)', 'post-AVC, hémiplégie',
                         'insuffisance cardiaque, anticoagulé (apixaban)', 'soins palliatifs'] if lang == 'fr' else
                        ['bedbound, ALS', 'dementia – daughter present', 'home oxygen (COPD)', 'on apixaban'])
        rows.append([f'{9 + k}:00', p.full(), f'{p.address}, {p.city}', p.phone, cond])
    hd = ['Heure', 'Usager', 'Adresse', 'Téléphone', 'Condition'] if lang == 'fr' else ['Time', 'Client', 'Address', 'Phone', 'Condition']
    t = ('<table cellspacing="0" cellpadding="3" border="1">' + '<tr>' + ''.join(f'<th bgcolor="#DDEBF7">{h}</th>' for h in hd) + '</tr>' +
         ''.join('<tr>' + ''.join(f'<td>{H.escape(c)}</td>' for c in row) + '</tr>' for row in rows) + '</table>')
    d = ctx.day()
    if lang == 'fr':
        spec['subject'] = ctx.pick([f'Tournée vaccination à domicile – {fr_date(d)}', 'Vaccination à domicile – circuit de jeudi'])
        intro = f'<p>Bonjour {H.escape(r.given)},</p><p>Voici ta tournée de vaccination à domicile (grippe + COVID) :</p>'
        outro = '<p>Les fioles sont dans le frigo 2. Bonne route!</p><p>' + H.escape(s.full()) + '</p>'
    else:
        spec['subject'] = f'Home vaccination route – {en_date(d)}'
        intro = f'<p>Hi {H.escape(r.given)},</p><p>Your home-bound vaccination route:</p>'
        outro = '<p>Thanks!</p><p>' + H.escape(s.full()) + '</p>'
    spec['html'] = f'<html><body style="font-family:Calibri">{intro}{t}{outro}</body></html>'
    spec['text'] = ''
    spec['body'] = 'html'
    types = ['patient_name', 'patient_contact', 'diagnosis']
    if any('apixaban' in row[4] for row in rows):
        types.append('medication')
    return done(spec, types, 'HTML-only home vaccination route with addresses and conditions')


# ---------------------------------------------------------------- 20. mpox vaccination of contacts
def mpox_contacts(ctx, i, lang):
    spec, s, r = envelope(ctx, 'dsp', 'cdp', lang)
    cs = [ctx.patient(20, 55, sex='M') for _ in range(3)]
    if i == 0:
        cs[0] = ctx.holder(min_age=20, max_age=55)
    lines = []
    for c in cs:
        lines.append(f'- {c.full()}, {c.phone}, exposition {ctx.pick(["sexuelle", "contact étroit (colocataire)", "sauna"])} le '
                     f'{fr_date(ctx.day())}' if lang == 'fr' else f'- {c.full()}, {c.phone}, exposure {ctx.pick(["sexual", "household"])}')
    types = ['patient_name', 'patient_contact', 'diagnosis', 'medication']
    if cs[0].nam:
        lines[0] += f' (NAM {fmt_nam(cs[0].nam, 0)})'
        types.append('ramq_nam')
    if lang == 'fr':
        spec['subject'] = 'Mpox – contacts à vacciner (PPE)'
        body = (f'{greet(ctx, lang, r)}\n\nLes contacts suivants d’un cas de mpox confirmé sont admissibles à la vaccination '
                'post-exposition (Imvamune) d’ici 4 jours. Ils ont été avisés qu’ils seraient appelés par la clinique :\n\n'
                + '\n'.join(lines) + '\n\nLe 2e contact est séropositif (VIH) sous traitement, charge virale indétectable.\n\n'
                + closing(ctx, lang) + '\n\n' + signature(ctx, s, 'dsp', lang))
    else:
        spec['subject'] = 'Mpox – contacts for PEP vaccination'
        body = (f'{greet(ctx, lang, r)}\n\nThe following contacts of a confirmed mpox case are eligible for PEP (Imvamune):\n\n'
                + '\n'.join(lines) + '\n\nContact #2 is living with HIV, undetectable.\n\n' + closing(ctx, lang) + '\n\n' +
                signature(ctx, s, 'dsp', lang))
    spec['text'] = body
    types.append('lab_result')
    return done(spec, types, 'mpox contacts for post-exposure vaccination')


# ---------------------------------------------------------------- 21. rabies PEP
def rabies_pep(ctx, i, lang):
    p = ctx.holder(max_age=16) if i == 0 else ctx.patient(3, 75)
    spec, s, r = envelope(ctx, 'dsp', ctx.pick(['clsc', 'clsc2']) if lang == 'fr' else 'en_clinic', lang)
    a = p.age()
    w = max(14, min(95, int(a * 3 + 8) if a < 14 else ctx.rng.randint(50, 95))) + ctx.rng.randint(-3, 3)
    ex = 'exposée' if p.sex == 'F' else 'exposé'
    d0 = spec['date'].date()
    sched = [d0 + datetime.timedelta(days=x) for x in (3, 7, 14)]
    types = ['patient_name', 'medication', 'diagnosis', 'patient_contact']
    if lang == 'fr':
        spec['subject'] = ctx.pick(['PPE rage – doses à administrer au CLSC', 'Prophylaxie rage – suivi', 'Rage : calendrier de vaccination'])
        body = (f'{greet(ctx, lang, r)}\n\n{name_form(ctx, p, lang)} ({p.age()} ans, {w} kg) a été {ex} à une chauve-souris dans '
                f'sa chambre au chalet. RIg 20 UI/kg ({w * 20} UI) et 1re dose d’Imovax Rage reçues à l’urgence le {fr_date(d0)}.\n\n'
                'Doses à administrer au CLSC :\n' + '\n'.join(f'  - J{x} : {fr_date(dd)}' for x, dd in zip((3, 7, 14), sched)) +
                f'\n\nTéléphone à la maison : {p.phone}. ')
        if p.nam:
            body += f'NAM {fmt_nam(p.nam, ctx.pick([0, 1]))}, DDN {p.dob_iso()}.'
            types += ['ramq_nam', 'date_of_birth']
        body += '\n\n' + closing(ctx, lang) + '\n\n' + signature(ctx, s, 'dsp', lang)
    else:
        spec['subject'] = 'Rabies PEP – doses to give'
        body = (f'{greet(ctx, lang, r)}\n\n{name_form(ctx, p, lang)} (age {p.age()}, {w} kg) had a bat exposure. RIG {w * 20} IU and '
                f'first rabies vaccine given in ED on {en_date(d0)}. Remaining doses: ' + ', '.join(en_date(x) for x in sched) +
                f'. Home phone {p.phone}.')
        if p.nam:
            body += f' RAMQ {fmt_nam(p.nam, 0)}, DOB {p.dob_iso()}.'
            types += ['ramq_nam', 'date_of_birth']
        body += '\n\n' + closing(ctx, lang) + '\n\n' + signature(ctx, s, 'dsp', lang)
    spec['text'] = body
    return done(spec, types, 'rabies post-exposure prophylaxis schedule')


POS_B = [
    ('vacc_registry_fix', vacc_registry_fix, 'ffe'),
    ('vacc_clinic_bookings', vacc_clinic_bookings, 'fef'),
    ('aefi_report', adverse_event, 'ffe'),
    ('school_outbreak', school_outbreak, 'ffe'),
    ('school_parent_fwd', school_parent_fwd, 'fef'),
    ('chsld_line_list', chsld_line_list, 'ffef'),
    ('oncall_handover', oncall_handover, 'ffe'),
    ('measles_exposed', measles_exposure, 'ffe'),
    ('home_vacc_route', home_vacc_roster, 'ffe'),
    ('mpox_contacts', mpox_contacts, 'fe'),
    ('rabies_pep', rabies_pep, 'fef'),
]
