"""Positive templates, part A: structured lists and attachments (French and English)."""
import datetime

from gen_common import SITES, age_on, fmt_date, make_mrn, make_ohip, phone, address
from gen_mime import (html_page, html_table, text_table, text_to_html, outlook_block, forward_block, quote,
                      human_date)
from gen_tpl import *  # noqa: F401,F403


def _patients(ctx, lang, n, nam_share=0.5):
    rng = ctx.rng
    out = []
    for _ in range(n):
        if lang == 'fr' or rng.random() < 0.2:
            p = ctx.nam_patient() if rng.random() < nam_share else ctx.new_patient('fr')
        else:
            p = ctx.new_patient('en')
        out.append(p)
    return out


# --------------------------------------------------------------------------
def census(ctx, lang):
    rng = ctx.rng
    fr = lang == 'fr'
    m = mk(ctx, lang, 'census', 'liste de départ unité des grands brûlés' if fr else 'burn unit sign-out census')
    res = ctx.staff(unit='burn', doctor=True)
    dest = ctx.staff(unit=('burn', 'plast'), doctor=True, exclude=(res,))
    m.date = ctx.msg_date()
    pts = _patients(ctx, lang, rng.randrange(4, 7))
    head = (['Ch.', 'Patient', 'DDN', 'S', 'NAM / dossier', 'Dx', 'J', 'À faire'] if fr else
            ['Bed', 'Patient', 'DOB', 'Sex', 'HCN / MRN', 'Dx', 'POD', 'To do'])
    rows = [head]
    todo_fr = ['greffe prévue lundi', 'Hb à recontrôler 16h', 'changement pansement Mepilex Ag', 'consult nutrition',
               'retirer Foley', 'cultures en attente', 'physio 2x/j, orthèse nuit', 'doser vanco pré-dose']
    todo_en = ['OR Monday for STSG', 'repeat Hb at 16:00', 'Mepilex Ag change', 'dietitian consult', 'd/c Foley',
               'cultures pending', 'PT BID, night splint', 'vanco trough before 4th dose']
    used_dx = []
    for i, p in enumerate(pts):
        bed = '%d%s' % (rng.randrange(401, 420), rng.choice(['', 'A', 'B']))
        if p.nam:
            nam, name, dob, sex = m.pnam(p, rng.choice(['plain', 'space', 'plain', 'wide']), 'upper_comma',
                                         'iso', sex_fmt='%s')
            ident = nam
        else:
            name = m.pname(p, rng.choice(['upper_comma', 'comma']))
            dob = m.pdob(p, 'iso')
            sex = p.sex
            ident = m.mrn(make_mrn(rng, 'SA'))
        dx = fill(rng.choice(BURN_FR if fr else BURN_EN), rng)
        todo = rng.choice(todo_fr if fr else todo_en)
        if 'Mepilex' in todo or 'vanco' in todo:
            m.t('medication')
        rows.append([bed, name, dob, sex, ident, dx, 'J+%d' % rng.randrange(1, 20) if fr else 'POD %d' % rng.randrange(1, 20),
                     todo])
    m.t('diagnosis')
    lab = rng.choice(LABS_FR if fr else LABS_EN)
    m.t('lab_result')
    extra_pt = pts[0]
    if fr:
        m.subject = rng.choice(['Liste de départ grands brûlés %s' % dshort(m.date, 'fr'),
                                'Sign-out GB — %s' % m.date.strftime('%d/%m'), 'Liste de garde brûlés ce soir'])
        intro = '%s\n\nVoici la liste pour la garde. 2 admissions aujourd\u2019hui.\n' % greet(rng, 'fr', dest.given)
        outro = ('\nÀ surveiller : %s — %s ce matin, on a donné 1 culot.\n\n%s\n%s' %
                 (extra_pt.surname.upper(), lab, close(rng, 'fr'), sign(rng, res, 'fr')))
    else:
        m.subject = rng.choice(['Burn unit sign-out %s' % dshort(m.date, 'en'), 'Sign out - burns - tonight',
                                '4W burns list %s' % m.date.strftime('%m/%d')])
        intro = '%s\n\nList for tonight below. Two new admits today.\n' % greet(rng, 'en', dest.given)
        outro = ('\nWatch: %s - %s this am, got 1 unit PRBC.\n\n%s\n%s' %
                 (extra_pt.surname.upper(), lab, close(rng, 'en'), sign(rng, res, 'en')))
    m.text = intro + '\n' + text_table(rows) + '\n' + outro
    m.html = html_page(text_to_html(intro) + '\n' + html_table(rows) + '\n' + text_to_html(outro))
    m.style = rng.choice(['html', 'alt', 'alt'])
    m.frm = addr_of(res, lang)
    m.to = [addr_of(dest, lang)]
    if rng.random() < 0.5:
        m.cc = [addr_of(ctx.staff(unit='burn', doctor=False), lang)]
    return m


# --------------------------------------------------------------------------
def signout_plain(ctx, lang):
    """roster lines, lower-case and initial styles, plain text"""
    rng = ctx.rng
    fr = lang == 'fr'
    m = mk(ctx, lang, 'signout', 'sign-out clinique de la main, lignes de liste' if fr else 'hand/plastics sign-out roster lines')
    res = ctx.staff(doctor=True, unit=('plast', 'hand', 'burn'))
    dest = ctx.staff(doctor=True, unit=('plast', 'hand', 'burn'), exclude=(res,))
    m.date = ctx.msg_date()
    pts = [ctx.new_patient('fr' if fr else 'en') for _ in range(rng.randrange(3, 6))]
    lines = []
    for p in pts:
        st = rng.choice(['lower_rev', 'initial', 'upper', 'title_sur', 'sur_initial'])
        nm = m.pname(p, st)
        room = '%d-%d' % (rng.randrange(3, 7), rng.randrange(1, 30))
        if fr:
            dx = rng.choice(HAND_FR + [recon_for(rng, p, 'fr')[1]] * 2)
            plan = rng.choice(['D/C demain si afébrile', 'ATB IV à poursuivre', 'lever le pansement J+2',
                               'surveillance lambeau q1h (Doppler)', 'bloc demain 8h, NPO minuit'])
            lines.append('%s  %s (%d%s) — %s — %s' % (room, nm, age_on(p.dob, m.date.date()), p.sex, dx, plan))
        else:
            dx = rng.choice(HAND_EN + [recon_for(rng, p, 'en')[1]] * 2)
            plan = rng.choice(['d/c tomorrow if afebrile', 'continue IV abx', 'take down dressing POD2',
                               'flap checks q1h (doppler)', 'OR tomorrow 0800, NPO after midnight'])
            lines.append('%s  %s (%d%s) - %s - %s' % (room, nm, age_on(p.dob, m.date.date()), p.sex, dx, plan))
    m.t('diagnosis')
    if rng.random() < 0.6:
        med = rng.choice(MEDS_FR if fr else MEDS_EN)
        lines.append(('   -> %s : ajouter %s' if fr else '   -> %s: add %s') % (pts[-1].surname, med))
        m.t('medication')
    if fr:
        m.subject = rng.choice(['sign out', 'Liste de garde plastie', 'Passation de garde %s' % dshort(m.date, 'fr')])
        m.text = '%s\n\n%s\n\nRien d\u2019autre de majeur. Pager 555-0161 si besoin.\n%s' % (
            greet(rng, 'fr', dest.given), '\n'.join(lines), res.given)
    else:
        m.subject = rng.choice(['signout', 'plastics sign out', 'Handover %s' % dshort(m.date, 'en')])
        m.text = '%s\n\n%s\n\nNothing else major. Page 555-0161 if needed.\n%s' % (
            greet(rng, 'en', dest.given), '\n'.join(lines), res.given)
    m.style = 'plain'
    m.frm = addr_of(res, lang)
    m.to = [addr_of(dest, lang)]
    return m


# --------------------------------------------------------------------------
def clinic_xlsx(ctx, lang):
    rng = ctx.rng
    fr = lang == 'fr'
    m = mk(ctx, lang, 'clinic_list', 'liste de rendez-vous clinique de la main (XLSX)' if fr
           else 'hand clinic appointment list (XLSX)')
    clerk = ctx.clerk(lang, unit=('hand', 'plast'))
    doc = ctx.staff(unit='hand', doctor=True, prov='QC' if fr else 'ON')
    m.date = ctx.msg_date()
    day = later(rng, m.date, 1, 4)
    site = 'SA' if fr else 'HG'
    head = (['Heure', 'Nom', 'Prénom', 'No dossier', 'Motif', 'Thérapeute', 'Note'] if fr else
            ['Time', 'Surname', 'Given name', 'MRN', 'Health card', 'Reason', 'Therapist', 'Note'])
    rows = [head]
    t = datetime.datetime(day.year, day.month, day.day, 8, 0)
    for i in range(rng.randrange(6, 11)):
        p = ctx.new_patient(lang)
        m.t('patient_name')
        m.must.append(p.surname)
        mrn = m.mrn(make_mrn(rng, site))
        dx = rng.choice(HAND_FR if fr else HAND_EN)
        note = rng.choice(['', '', 'interprète', 'orthèse à ajuster', 'CNESST', 'retirer points'] if fr else
                          ['', '', 'interpreter', 'splint adjust', 'WSIB', 'suture removal'])
        if fr:
            rows.append([t.strftime('%H:%M'), p.surname.upper(), p.given, mrn, dx, rng.choice(['M.-È. Carrier', 'H. Lambrecht']), note])
        else:
            hcn = m.ohip(make_ohip(rng), 'plain', rng.choice(['', 'AB', 'KT', 'ZX']))
            rows.append([t.strftime('%H:%M'), p.surname, p.given, mrn, hcn, dx, rng.choice(['H. Lambrecht', 'R. Dunmore']), note])
        t += datetime.timedelta(minutes=rng.choice([15, 20, 30, 30, 45]))
    m.t('diagnosis')
    fn = ('Clinique_main_%s.xlsx' % day.strftime('%Y-%m-%d')) if fr else ('HandClinic_%s.xlsx' % day.strftime('%d%b%Y'))
    m.atts = [att_xlsx(fn, [(('Agenda' if fr else 'Schedule'), rows)], title=fn[:-5], author=clerk.full,
                       when=datetime.datetime(m.date.year, m.date.month, m.date.day, 7, 12, 0))]
    if fr:
        m.subject = 'Liste clinique de la main — %s' % dshort(day, 'fr')
        m.text = ('%s\n\nCi-joint la liste de %s pour la clinique de la main. Deux ajouts de dernière minute en fin '
                  'de matinée.\n\n%s\n%s' % (greet(rng, 'fr'), dshort(day, 'fr'), close(rng, 'fr'), sign(rng, clerk, 'fr')))
    else:
        m.subject = 'Hand clinic list for %s' % day.strftime('%a %b %d')
        m.text = ('%s\n\nAttached is the list for %s. Two late add-ons at the end of the morning.\n\n%s\n%s'
                  % (greet(rng, 'en'), dshort(day, 'en'), close(rng, 'en'), sign(rng, clerk, 'en')))
    m.frm = addr_of(clerk, lang)
    m.to = [addr_of(doc, lang), addr_of(ctx.staff(unit='therapy'), lang)]
    return m


# --------------------------------------------------------------------------
def waitlist_csv(ctx, lang):
    rng = ctx.rng
    fr = lang == 'fr'
    m = mk(ctx, lang, 'waitlist', 'liste d\u2019attente reconstruction (CSV)' if fr else 'reconstruction wait list (CSV)')
    clerk = ctx.clerk(lang)
    boss = ctx.staff(unit='plast', doctor=True)
    m.date = ctx.msg_date()
    if fr:
        rows = [['Nom', 'Prénom', 'DDN', 'Sexe', 'NAM', 'Date demande', 'Intervention', 'Diagnostic', 'Priorité']]
    else:
        rows = [['Surname', 'Given', 'DOB', 'Sex', 'Health number', 'Referral date', 'Procedure', 'Diagnosis', 'Priority']]
    for i in range(rng.randrange(5, 9)):
        ref = (m.date - datetime.timedelta(days=rng.randrange(30, 500))).date()
        if fr or rng.random() < 0.3:
            p = ctx.nam_patient(adult=True)
            nam, _, dob, _ = m.pnam(p, rng.choice(['plain', 'plain', 'space']), 'upper', 'iso', sex_fmt='%s')
            num = nam
            dxp = recon_for(rng, p, lang)
        else:
            p = ctx.new_patient('en')
            m.pname(p, 'upper')
            dob = m.pdob(p, 'iso')
            num = m.ohip(make_ohip(rng), rng.choice(['plain', 'dash']))
            dxp = recon_for(rng, p, 'en')
        rows.append([p.surname.upper(), p.given, dob, p.sex, num, ref.isoformat(), dxp[1], dxp[0],
                     rng.choice(['P2', 'P3', 'P4', 'P3'])])
    m.t('diagnosis')
    fn = ('attente_reconstruction_%s.csv' % m.date.strftime('%Y%m')) if fr else ('recon_waitlist_%s.csv' % m.date.strftime('%Y%m'))
    m.atts = [att_csv(fn, rows, rng, delimiter=';' if fr else ',')]
    if fr:
        m.subject = rng.choice(['Liste d\u2019attente reconstruction — mise à jour', 'MAJ liste attente DIEP/expandeurs'])
        m.text = ('%s\n\nVoici l\u2019extraction de la liste d\u2019attente à jour pour la réunion de priorisation. '
                  'Les P2 dépassent 6 mois pour trois patientes.\n\n%s\n%s' % (greet(rng, 'fr', boss.given),
                                                                            close(rng, 'fr'), sign(rng, clerk, 'fr')))
    else:
        m.subject = rng.choice(['Recon wait list - updated', 'Updated wait list for prioritization meeting'])
        m.text = ('%s\n\nHere is the current wait list extract for Thursday\u2019s prioritization meeting. Three P2 '
                  'cases are now past six months.\n\n%s\n%s' % (greet(rng, 'en', boss.given), close(rng, 'en'),
                                                               sign(rng, clerk, 'en')))
    m.frm = addr_of(clerk, lang)
    m.to = [addr_of(boss, lang)]
    return m


# --------------------------------------------------------------------------
def ics_followup(ctx, lang):
    rng = ctx.rng
    fr = lang == 'fr'
    m = mk(ctx, lang, 'appointment', 'invitation de suivi de greffe (ICS)' if fr else 'graft follow-up invitation (ICS)')
    org = ctx.staff(unit='burn', kind=('clerk', 'nurse'))
    att = ctx.staff(doctor=True, unit=('burn', 'plast'))
    m.date = ctx.msg_date()
    when = later(rng, m.date, 2, 15)
    p = ctx.new_patient(lang)
    site = 'SA' if fr else 'HG'
    mrn = m.mrn(make_mrn(rng, site), rng.choice(['plain', 'space']))
    nm = m.pname(p, rng.choice(['title', 'upper_comma', 'comma']))
    dx = fill(rng.choice(BURN_FR if fr else BURN_EN), rng)
    m.t('diagnosis')
    if fr:
        summ = 'Suivi greffe — %s (%s)' % (nm, mrn)
        desc = ('Patient%s : %s\nDossier : %s\nDx : %s\nGreffe de peau mince faite il y a 10 jours. Évaluer la prise '
                'et retirer les agrafes. Apporter le dermatome si retouche.' % (p.e(), nm, mrn, dx))
        loc = 'Clinique externe GB, local 2-114, Hôpital Sainte-Aurélie'
    else:
        summ = 'Graft check - %s (%s)' % (nm, mrn)
        desc = ('Patient: %s\nMRN: %s\nDx: %s\nSTSG done 10 days ago. Assess take, remove staples. '
                'Bring dermatome if touch-up needed.' % (nm, mrn, dx))
        loc = 'Plastics clinic, room B-210, Hartwell General Hospital'
    ev = {'uid': uid(rng, SITES[site]['dom']), 'stamp': m.date, 'start': when,
          'end': when + datetime.timedelta(minutes=30), 'summary': summ, 'description': desc, 'location': loc,
          'organizer': (org.full, org.email), 'attendees': [(att.full, att.email)]}
    m.atts = [att_ics('invite.ics', [ev])]
    if fr:
        m.subject = 'Invitation : Suivi greffe %s' % dshort(when, 'fr')
        m.text = ('Invitation envoyée par %s.\n\n%s\n%s, %s\n%s\n' % (org.full, 'Suivi greffe', dshort(when, 'fr'),
                                                                    hhmm(when, 'fr'), loc))
    else:
        m.subject = 'Invitation: Graft check @ %s %s' % (dshort(when, 'en'), hhmm(when, 'en'))
        m.text = 'Invitation from %s.\n\nGraft check\n%s, %s\n%s\n' % (org.full, dshort(when, 'en'), hhmm(when, 'en'), loc)
    if rng.random() < 0.5:
        m.subject += ' — ' + p.surname if fr else ' - ' + p.surname
    m.frm = addr_of(org, lang)
    m.to = [addr_of(att, lang)]
    return m


# --------------------------------------------------------------------------
def discharge_docx(ctx, lang):
    rng = ctx.rng
    fr = lang == 'fr'
    m = mk(ctx, lang, 'discharge', 'sommaire de départ grands brûlés (DOCX)' if fr else 'burn discharge summary (DOCX)')
    doc = ctx.staff(unit='burn', doctor=True)
    m.date = ctx.msg_date()
    adm = (m.date - datetime.timedelta(days=rng.randrange(9, 40))).date()
    if fr or rng.random() < 0.25:
        p = ctx.nam_patient()
        nam, name, dob, sex = m.pnam(p, rng.choice(['plain', 'space', 'dash']), 'upper_comma', 'iso',
                                     sex_fmt=('Sexe : %s' if fr else 'Sex: %s'))
        idline = [('Patient' if fr else 'Patient:', name), ('DDN :' if fr else 'DOB:', dob),
                  ('Sexe :' if fr else 'Sex:', p.sex), ('NAM :' if fr else 'RAMQ:', nam)]
        fnid = p.surname.upper()
    else:
        p = ctx.new_patient('en')
        name = m.pname(p, 'upper_comma')
        dob = m.pdob(p, 'iso')
        hcn = m.ohip(make_ohip(rng), 'dash', rng.choice(['', 'HN']))
        idline = [('Patient:', name), ('DOB:', dob), ('Sex:', p.sex), ('OHIP:', hcn)]
        fnid = p.surname.upper()
    mrn = m.mrn(make_mrn(rng, 'SA'))
    idline.append(('No dossier :' if fr else 'MRN:', mrn))
    dx = fill(rng.choice(BURN_FR if fr else BURN_EN), rng)
    meds = rng.sample(MEDS_FR if fr else MEDS_EN, 3)
    lab = rng.sample(LABS_FR if fr else LABS_EN, 2)
    m.t('diagnosis', 'medication', 'lab_result')
    if fr:
        blocks = [('h', 'Sommaire d\u2019hospitalisation — Unité des grands brûlés'), ('kv', idline),
                  ('kv', [('Admission :', adm.isoformat()), ('Départ :', m.date.date().isoformat())]),
                  ('h2', 'Diagnostic principal'), ('p', dx),
                  ('h2', 'Évolution'),
                  ('p', 'Excision tangentielle et greffe de peau mince en filet 1,5:1 à J+4. Prise de greffe à 90 %%. '
                        'Épisode de fièvre à J+9 (%s) traité. Au départ : %s.' % (rng.choice(CULTURE_FR), ', '.join(lab))),
                  ('h2', 'Médication au départ'), ('bullets', meds),
                  ('h2', 'Suivi'), ('p', 'Pansements au CLSC aux 2 jours, vêtements compressifs sur mesure, '
                                         'clinique externe GB dans 2 semaines.')]
        fn = 'Sommaire_depart_%s.docx' % fnid
    else:
        blocks = [('h', 'Discharge Summary - Regional Burn Unit'), ('kv', idline),
                  ('kv', [('Admitted:', adm.isoformat()), ('Discharged:', m.date.date().isoformat())]),
                  ('h2', 'Diagnosis'), ('p', dx), ('h2', 'Hospital course'),
                  ('p', 'Tangential excision and 1.5:1 meshed STSG on day 4, ~90%% take. Febrile day 9 (%s), treated. '
                        'At discharge: %s.' % (rng.choice(CULTURE_EN), ', '.join(lab))),
                  ('h2', 'Discharge medications'), ('bullets', meds),
                  ('h2', 'Follow-up'), ('p', 'Home care dressings every 2 days, custom pressure garments, burn clinic in 2 weeks.')]
        fn = 'DischargeSummary_%s.docx' % fnid
    m.atts = [att_docx(fn, blocks, title='Sommaire' if fr else 'Discharge summary', author=doc.full,
                       when=datetime.datetime(m.date.year, m.date.month, m.date.day, 10, 4, 0))]
    if fr:
        dest = ('Équipe soins à domicile', ext_addr(rng, 'clsc', 'soins.domicile'))
        m.subject = 'Sommaire de départ — suivi pansements'
        m.text = ('%s\n\nCi-joint le sommaire de départ pour le suivi des pansements à domicile. Départ prévu cet '
                  'après-midi.\n\n%s\n%s' % (greet(rng, 'fr'), close(rng, 'fr'), sign(rng, doc, 'fr')))
    else:
        dest = ('Home & Community Care', ext_addr(rng, 'clsc', 'homecare'))
        m.subject = 'Discharge summary for home care dressings'
        m.text = ('%s\n\nPlease find attached the discharge summary for home dressing follow-up. Patient leaves '
                  'this afternoon.\n\n%s\n%s' % (greet(rng, 'en'), close(rng, 'en'), sign(rng, doc, 'en')))
    m.frm = addr_of(doc, lang)
    m.to = [dest]
    return m


# --------------------------------------------------------------------------
def photos_zip(ctx, lang):
    """patient name only in the ZIP file name and in member names"""
    rng = ctx.rng
    fr = lang == 'fr'
    m = mk(ctx, lang, 'photos', 'photos préopératoires en ZIP, nom dans le nom de fichier' if fr
           else 'pre-op photos ZIP, name only in file name')
    res = ctx.staff(unit=('plast', 'burn'), doctor=True)
    boss = ctx.staff(unit='plast', doctor=True, exclude=(res,))
    m.date = ctx.msg_date()
    p = ctx.new_patient(lang, sex='F')
    tag = rng.choice(['%s_%s' % (p.surname.upper(), p.given), '%s%s' % (p.surname, p.given[0]),
                      '%s-%s' % (p.given.lower(), p.surname.lower())])
    m.t('patient_name')
    m.must.append(tag)
    dxp = rng.choice(RECON_FR if fr else RECON_EN)
    m.t('diagnosis')
    notes = (('Préop %s\nDx : %s\nPlan : %s\nPoids 71 kg, IMC 27, ATCD radiothérapie paroi.\n' % (p.surname, dxp[0], dxp[1]))
             if fr else ('Pre-op %s\nDx: %s\nPlan: %s\nWeight 71 kg, BMI 27, prior chest wall radiation.\n' % (p.surname, dxp[0], dxp[1])))
    tiny_pdf = pdf_doc([('h', 'Photos — vues standard' if fr else 'Photos - standard views'),
                        ('p', ('Face, 3/4 D, 3/4 G, profil D, profil G. Consentement photo signé.' if fr
                               else 'AP, R oblique, L oblique, R lateral, L lateral. Photo consent signed.'))],
                       title='index')
    members = [(('%s/notes.txt' % tag), notes.encode('utf-8')), (('%s/index_vues.pdf' % tag), tiny_pdf)]
    m.atts = [att_zip('Photos_preop_%s.zip' % tag if fr else 'PreOp_Photos_%s.zip' % tag, members, when=m.date)]
    if fr:
        m.subject = rng.choice(['Photos pour la discussion de cas', 'photos préop pour jeudi'])
        m.text = ('%s\n\nVoici les photos préop pour la discussion de jeudi (%s). Je pense que c\u2019est '
                  'raisonnable malgré la radiothérapie.\n\n%s' % (greet(rng, 'fr', boss.given), dxp[1], res.given))
    else:
        m.subject = rng.choice(['Photos for case discussion', 'pre-op photos for Thursday'])
        m.text = ('%s\n\nPre-op photos for Thursday\u2019s case discussion attached (%s). I think she is still a '
                  'reasonable candidate despite the radiation.\n\n%s' % (greet(rng, 'en', boss.given), dxp[1], res.given))
    m.frm = addr_of(res, lang)
    m.to = [addr_of(boss, lang)]
    return m


# --------------------------------------------------------------------------
def or_booking(ctx, lang):
    rng = ctx.rng
    fr = lang == 'fr'
    m = mk(ctx, lang, 'or_booking', 'demande de réservation de salle d\u2019opération' if fr else 'OR booking request')
    sec = ctx.clerk(lang)
    surg = ctx.staff(unit='plast', kind='md', prov='QC' if fr else 'ON')
    m.date = ctx.msg_date()
    when = later(rng, m.date, 10, 40, hour=8)
    if fr or rng.random() < 0.3:
        p = ctx.nam_patient(adult=True)
        nst = rng.choice(['plain', 'wide', 'dot', 'space'])
        nam, name, dob, sex = m.pnam(p, nst, rng.choice(['upper_comma', 'title', 'comma']),
                                     rng.choice(['iso', 'dmy', 'long']))
        idtxt = ('%s — DDN %s — %s — NAM %s' % (name, dob, sex, nam)) if fr else ('%s - DOB %s - %s - RAMQ %s' % (name, dob, sex, nam))
    else:
        p = ctx.new_patient('en', lo=1945, hi=1992)
        name = m.pname(p, 'upper_comma')
        dob = m.pdob(p, rng.choice(['iso', 'mon']))
        hcn = m.ohip(make_ohip(rng), rng.choice(['dash', 'space', 'wide']), rng.choice(['', 'QR']))
        idtxt = '%s - DOB %s - HCN %s' % (name, dob, hcn)
    dxp = recon_for(rng, p, lang)
    m.t('diagnosis')
    anticoag = rng.random() < 0.4
    if anticoag:
        m.t('medication')
    flap = any(k in dxp[1] for k in ('lambeau', 'DIEP', 'flap'))
    hours = rng.choice([6, 8, 9]) if flap else rng.choice([1, 2, 3])
    bed_fr = ' — lit aux soins intermédiaires pour surveillance du lambeau' if flap else ' — chirurgie d\u2019un jour'
    bed_en = ', step-down bed for flap monitoring' if flap else ', day surgery'
    if fr:
        m.subject = 'Réservation bloc — %s — %s' % (dxp[1].split(' par ')[0], dshort(when, 'fr'))
        m.text = ('%s\n\nMerci de réserver une salle pour %s :\n\n%s\nIntervention : %s\nDiagnostic : %s\n'
                  'Durée prévue : %d h%s\nDate souhaitée : %s\n'
                  '%s\n\n%s\n%s' % (greet(rng, 'fr'), surg.titled('fr'), idtxt, dxp[1], dxp[0], hours, bed_fr,
                                    fmt_date(when.date(), 'fr', 'long'),
                                    'Note : sous apixaban (Eliquis), arrêt 48 h avant.' if anticoag else
                                    'Pas d\u2019anticoagulant.', close(rng, 'fr'), sign(rng, sec, 'fr')))
    else:
        m.subject = 'OR booking - %s - %s' % (dxp[1].split(' with ')[0], dshort(when, 'en'))
        m.text = ('%s\n\nPlease book OR time for Dr. %s:\n\n%s\nProcedure: %s\nDiagnosis: %s\nEst. duration: %d h%s'
                  '\nRequested date: %s\n%s\n\n%s\n%s'
                  % (greet(rng, 'en'), surg.surname, idtxt, dxp[1], dxp[0], hours, bed_en,
                     fmt_date(when.date(), 'en', 'long'),
                     'Note: on apixaban (Eliquis), hold 48 h pre-op.' if anticoag else 'No anticoagulants.',
                     close(rng, 'en'), sign(rng, sec, 'en')))
    m.frm = addr_of(sec, lang)
    m.to = [('Bloc opératoire — réservations' if fr else 'OR Booking', 'bloc.reservations@' + SITES['MV' if fr else 'HG']['dom'])]
    m.cc = [addr_of(surg, lang)]
    return m


# --------------------------------------------------------------------------
def fwd_eml(ctx, lang):
    """original message attached as message/rfc822"""
    rng = ctx.rng
    fr = lang == 'fr'
    m = mk(ctx, lang, 'forward', 'transfert avec courriel original en pièce jointe (.eml)' if fr
           else 'forward with original message attached (.eml)')
    clerk = ctx.clerk(lang)
    doc = ctx.staff(doctor=True, unit=('plast', 'hand'))
    m.date = ctx.msg_date()
    inner = mk(ctx, lang, 'inner', 'inner', True)
    inner.date = earlier(rng, m.date, 1, 5)
    gp_name = rng.choice(['Dre Jacinthe Poitras', 'Dr Anil Mehra', 'Dre Roxanne Bédard']) if fr else \
        rng.choice(['Dr. Susan Oakley', 'Dr. Ravi Menon', 'Dr. Claire Ashdown'])
    gp_addr = ext_addr(rng, 'gmf' if fr else 'fht', gp_name.split()[-1].lower().replace('é', 'e'))
    inner.frm = (gp_name, gp_addr)
    inner.to = [('Chirurgie plastique' if fr else 'Plastic Surgery', 'plastie@' + SITES['MV' if fr else 'HG']['dom'])]
    if fr:
        p = ctx.nam_patient(adult=True)
        nam, name, dob, sex = m.pnam(p, rng.choice(['plain', 'space', 'lower']), rng.choice(['title', 'full']),
                                     rng.choice(['iso', 'long']), sex_fmt='sexe %s')
        dx = rng.choice(HAND_FR + [recon_for(rng, p, 'fr')[0]])
        inner.subject = 'Référence urgente — %s' % p.surname
        inner.text = ('Bonjour,\n\nJe vous réfère %s (né%s le %s, %s, NAM %s) pour évaluation : %s. '
                      'Limitation fonctionnelle importante, en arrêt de travail depuis 6 semaines.\nMédication : %s.\n\nMerci de %s voir rapidement.\n\n%s\nGMF Rivière-Noire\n'
                      % (name, p.e(), dob, sex, nam, dx, rng.choice(MEDS_FR), 'la' if p.sex == 'F' else 'le', gp_name))
        m.t('diagnosis', 'medication')
        m.subject = 'TR: Référence urgente — %s' % p.surname
        m.text = ('%s\n\nCourriel reçu du GMF ce matin (voir pièce jointe). Je l\u2019ai mise dans la pile semi-urgente '
                  'en attendant ton triage.\n\n%s' % (greet(rng, 'fr', doc.given), sign(rng, clerk, 'fr')))
    else:
        if rng.random() < 0.5:
            p = ctx.nam_patient(adult=True)
            nam, name, dob, sex = m.pnam(p, rng.choice(['plain', 'space']), 'title', 'long', sex_fmt='sex %s')
            idt = '(DOB %s, %s, RAMQ %s)' % (dob, sex, nam)
        else:
            p = ctx.new_patient('en')
            name = m.pname(p, 'title')
            dob = m.pdob(p, 'long')
            idt = '(DOB %s, OHIP %s)' % (dob, m.ohip(make_ohip(rng), 'space', 'TX'))
        dx = rng.choice(HAND_EN + [recon_for(rng, p, 'en')[0]])
        inner.subject = 'Urgent referral - %s' % p.surname
        inner.text = ('Hello,\n\nI am referring %s %s for assessment: %s. Significant functional limitation, off '
                      'work for 6 weeks.\nMeds: %s.\n\nGrateful if you could see %s soon.\n\n%s\nRiverside Family Health Team\n'
                      % (name, idt, dx, rng.choice(MEDS_EN), p.obj(), gp_name))
        m.t('diagnosis', 'medication')
        m.subject = 'FW: Urgent referral - %s' % p.surname
        m.text = ('%s\n\nThis came in from the FHT this morning (attached). I have put it in the semi-urgent pile until '
                  'you triage it.\n\n%s' % (greet(rng, 'en', doc.given), sign(rng, clerk, 'en')))
    inner.style = 'plain'
    inner.charset = 'utf-8'
    fn = ('Reference %s.eml' % p.surname) if rng.random() < 0.5 else 'message.eml'
    m.atts = [att_eml(fn, inner)]
    m.frm = addr_of(clerk, lang)
    m.to = [addr_of(doc, lang)]
    return m


# --------------------------------------------------------------------------
def labs_terse(ctx, lang):
    rng = ctx.rng
    fr = lang == 'fr'
    m = mk(ctx, lang, 'labs', 'résultats de laboratoire du matin, lignes brèves' if fr else 'morning labs, terse lines')
    res = ctx.staff(doctor=True, unit=('burn', 'plast'))
    boss = ctx.staff(doctor=True, unit=('burn', 'plast'), exclude=(res,))
    m.date = ctx.msg_date()
    lines = []
    for _ in range(rng.randrange(2, 5)):
        p = ctx.new_patient(lang)
        nm = m.pname(p, rng.choice(['upper', 'sur_initial', 'title_sur', 'lower_rev']))
        labs = rng.sample(LABS_FR if fr else LABS_EN, rng.randrange(2, 4))
        room = rng.randrange(401, 420)
        lines.append('%s (%s %d) : %s' % (nm, 'ch' if fr else 'rm', room, ', '.join(labs)) if fr else
                     '%s (%s %d): %s' % (nm, 'rm', room, ', '.join(labs)))
    m.t('lab_result')
    q = ''
    if rng.random() < 0.6:
        m.t('medication')
        q = ('\nJe propose de commencer %s pour le dernier. OK?' % rng.choice(MEDS_FR) if fr else
             '\nSuggest starting %s for the last one. OK?' % rng.choice(MEDS_EN))
    if fr:
        m.subject = rng.choice(['Labos AM', 'labos de ce matin', 'Résultats AM grands brûlés'])
        m.text = '%s\n\n%s\n%s\n\n%s' % (greet(rng, 'fr', boss.given), '\n'.join(lines), q, res.given)
    else:
        m.subject = rng.choice(['AM labs', 'labs this morning', 'Morning bloodwork'])
        m.text = '%s\n\n%s\n%s\n\n%s' % (greet(rng, 'en', boss.given), '\n'.join(lines), q, res.given)
    m.frm = addr_of(res, lang)
    m.to = [addr_of(boss, lang)]
    return m


TEMPLATES = [
    (census, 'fr', 2), (census, 'en', 2),
    (signout_plain, 'fr', 2), (signout_plain, 'en', 2),
    (clinic_xlsx, 'fr', 2), (clinic_xlsx, 'en', 2),
    (waitlist_csv, 'fr', 2), (waitlist_csv, 'en', 2),
    (ics_followup, 'fr', 2), (ics_followup, 'en', 2),
    (discharge_docx, 'fr', 2), (discharge_docx, 'en', 2),
    (photos_zip, 'fr', 2), (photos_zip, 'en', 2),
    (or_booking, 'fr', 2), (or_booking, 'en', 2),
    (fwd_eml, 'fr', 2), (fwd_eml, 'en', 2),
    (labs_terse, 'fr', 2), (labs_terse, 'en', 2),
]
