"""Negative templates, part B: newsletters, committees, conferences, statistics, teaching cases,
blank forms, mail-merge templates, shortages, recalls, research protocols, guidelines, lab notices,
public sessions, surveys, quality reports, organ-donation awareness."""
import datetime
import html

from gen_common import (DOM, signature, dr, staff, PHYS_KEYS, CLINIC_TEL, CLINIC_FAX, CLINIC_ADDR, CLINIC_ADDR_EN, TX_TEL,
                        HAWK_TEL, date_fr, date_en, day_fr, day_en, MOIS, MONTHS, luhn_serial, ORG_FR, ORG_EN)
from gen_clinical import CAUSES, num
from gen_util import mdate, later, person, spec, L, GROUP
from gen_neg_a import neg, people, first, title_of
import gen_attach as A


# ------------------------------------------------------------------ newsletter (HTML)
def n_newsletter(rng, lang, key):
    dt = mdate(rng)
    no = rng.randrange(20, 80)
    tx = rng.randrange(31, 58)
    ld = rng.randrange(8, 19)
    who = people(rng, 2)
    t0, t1 = title_of(who[0], lang), title_of(who[1], lang)
    if lang == 'fr':
        title = 'Info-Néphro — bulletin no %d' % no
        items = [('Bilan de greffe', 'Le programme a réalisé %d greffes rénales depuis janvier, dont %d de donneurs vivants. '
                  'Merci à %s et à toute l\'équipe de coordination.' % (tx, ld, dr('brisebois', 'fr'))),
                 ('Nouvelle clinique', '%s lance une clinique conjointe néphrite lupique / rhumatologie le mardi après-midi. '
                  'Les références se font par le formulaire habituel.' % dr('okafor', 'fr')),
                 ('Bravo!', '%s %s, de l\'équipe de dialyse à domicile, a reçu le prix Reconnaissance régional en soins infirmiers. '
                  '%s %s a terminé son certificat en néphrologie.' % (t0, who[0], t1, who[1])),
                 ('Rappel', 'La semaine de sensibilisation au don d\'organes a lieu en avril : kiosque au hall principal.')]
        subj = title
    else:
        title = 'Nephro News - issue %d' % no
        items = [('Transplant update', 'The program has performed %d kidney transplants since January, %d of them from living '
                  'donors. Thanks to %s and the whole coordination team.' % (tx, ld, dr('brisebois', 'en'))),
                 ('New clinic', '%s is launching a joint lupus nephritis / rheumatology clinic on Tuesday afternoons. '
                  'Use the usual referral form.' % dr('okafor', 'en')),
                 ('Kudos!', '%s %s, home dialysis nurse, received the regional nursing recognition award. %s %s completed '
                  'a nephrology nursing certificate.' % (t0, who[0], t1, who[1])),
                 ('Reminder', 'Organ donation awareness week is in April: booth in the main lobby.')]
        subj = title
    h = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=%CHARSET%"><title>' + html.escape(title) +
         '</title></head>', '<body style="font-family:Arial,sans-serif;background:#f4f6f8">',
         '<table width="640" align="center" style="background:#fff;padding:16px">',
         '<tr><td style="background:#0b5f7a;color:#fff;padding:12px"><h1 style="margin:0">%s</h1></td></tr>' % html.escape(title)]
    for t, b in items:
        h.append('<tr><td><h2 style="color:#0b5f7a">%s</h2>\n<p>%s</p></td></tr>' % (html.escape(t), html.escape(b)))
    h.append('<tr><td style="font-size:9pt;color:#666">%s<br>%s<br>%s</td></tr>' %
             (html.escape(L(lang, ORG_FR, ORG_EN)), html.escape(L(lang, CLINIC_ADDR, CLINIC_ADDR_EN)), CLINIC_TEL))
    h.append('</table></body></html>')
    text = title + '\n\n' + '\n\n'.join('%s\n%s' % (t, b) for t, b in items) + '\n\n' + L(lang, ORG_FR, ORG_EN) + '\n' + CLINIC_TEL
    return neg(key, 'newsletter', lang, L(lang, 'bulletin interne du programme', 'program newsletter'),
               GROUP['comm'], [GROUP['all']], subj, text, dt, html='\n'.join(h) + '\n', form=rng.choice(['html', 'alt']))


# ------------------------------------------------------------------ committee notice
def n_committee(rng, lang, key):
    dt = mdate(rng)
    mt = later(dt, rng, 5, 15, hour=12)
    com = rng.choice(L(lang, ['Comité de greffe rénale', 'Comité de pharmacologie — néphrologie', 'Comité qualité dialyse'],
                       ['Kidney Transplant Committee', 'Pharmacy & Therapeutics - Nephrology', 'Dialysis Quality Committee']))
    if lang == 'fr':
        items = ['Adoption du procès-verbal', 'Révision des cibles de tacrolimus selon le délai post-greffe (%s)' % dr('brisebois', 'fr'),
                 'Protocole de désensibilisation — hyperimmunisés (%s)' % dr('vachon', 'fr'),
                 'Indicateurs : taux de péritonites, infections de cathéter (%s)' % dr('raman', 'fr'),
                 'Pénurie de fer sucrose : substitution temporaire', 'Varia']
        subj = 'Convocation — %s, %s' % (com, day_fr(mt.date()))
        body = ('Bonjour,\n\nVous êtes convoqués à la réunion du %s le %s à 12h (salle C-305 et Teams).\n\nOrdre du jour :\n%s\n\n'
                'Le dîner sera servi. Merci de confirmer votre présence.\n\n%s'
                % (com, day_fr(mt.date()), '\n'.join('%d. %s' % (i + 1, x) for i, x in enumerate(items)), signature('carriere', 'fr')))
    else:
        items = ['Approval of minutes', 'Review of tacrolimus targets by time post-transplant (%s)' % dr('brisebois', 'en'),
                 'Desensitization protocol for highly sensitized candidates (%s)' % dr('vachon', 'en'),
                 'Indicators: peritonitis and catheter infection rates (%s)' % dr('raman', 'en'),
                 'Iron sucrose shortage: temporary substitution', 'Other business']
        subj = 'Meeting notice - %s, %s' % (com, day_en(mt.date()))
        body = ('Hello,\n\nYou are invited to the %s meeting on %s at noon (room C-305 and Teams).\n\nAgenda:\n%s\n\n'
                'Lunch provided. Please confirm attendance.\n\n%s'
                % (com, day_en(mt.date()), '\n'.join('%d. %s' % (i + 1, x) for i, x in enumerate(items)), signature('carriere', 'en')))
    atts = []
    if rng.random() < 0.4:
        atts = [A.att_text('reunion.ics' if lang == 'fr' else 'meeting.ics', 'text/calendar',
                           A.ics('%s@%s' % (key, DOM), mt, mt + datetime.timedelta(hours=1), com, 'C-305 / Teams',
                                 L(lang, 'Ordre du jour joint au courriel.', 'Agenda in the e-mail.'),
                                 organizer=person('carriere'), stamp=dt), params='; method=REQUEST')]
    return neg(key, 'committee', lang, L(lang, 'convocation de comité', 'committee meeting notice'),
               person('carriere'), [GROUP['md'], person('benali'), person('ducharme')], subj, body, dt, atts=atts)


# ------------------------------------------------------------------ conference programme
def n_conference(rng, lang, key):
    dt = mdate(rng)
    day = later(dt, rng, 30, 60, hour=8).date()
    talks = L(lang, [
        ('8h30', 'Dre Anne-Sophie Riopel (CHU Laurentien)', 'Néphropathie à IgA : les nouvelles thérapies ciblées'),
        ('9h15', 'Dr Marcus Ofori (Université d\'Ottawa-Est)', 'Désensibilisation des receveurs hyperimmunisés'),
        ('10h30', dr('raman', 'fr'), 'Dialyse péritonéale assistée à domicile : bilan régional'),
        ('11h15', 'Pr Élodie Sarrazin (Lyon)', 'Rejet humoral chronique : que faire en 2025?'),
        ('13h30', dr('okafor', 'fr'), 'Néphrite lupique : quand répéter la biopsie?'),
        ('14h15', 'Table ronde', 'Maladie rénale chronique et diabète : iSGLT2, finérénone, agonistes GLP-1')],
        [('8:30', 'Dr. Anne-Sophie Riopel (CHU Laurentien)', 'IgA nephropathy: new targeted therapies'),
         ('9:15', 'Dr. Marcus Ofori (East Ottawa University)', 'Desensitization of highly sensitized recipients'),
         ('10:30', dr('raman', 'en'), 'Assisted home peritoneal dialysis: regional results'),
         ('11:15', 'Prof. Élodie Sarrazin (Lyon)', 'Chronic antibody-mediated rejection: what to do in 2025?'),
         ('13:30', dr('okafor', 'en'), 'Lupus nephritis: when to repeat the biopsy?'),
         ('14:15', 'Panel', 'CKD and diabetes: SGLT2i, finerenone, GLP-1 agonists')])
    title = L(lang, 'Journée néphrologique de l\'Outaouais — %s' % date_fr(day),
              'Outaouais Nephrology Day - %s' % date_en(day))
    lines = ['%s   %s — %s' % t for t in talks] + ['', L(lang, 'Inscription : 95 $ (résidents et infirmières : gratuit). 6 heures de '
                                                           'crédits DPC de catégorie 1.', 'Registration: $95 (residents and nurses free). '
                                                           '6 hours of Section 1 CPD credits.'),
                                                  L(lang, 'Lieu : Centre des congrès Deux-Rives, 50 rue Laurier, Gatineau.',
                                                    'Venue: Deux-Rives Conference Centre, 50 Laurier St., Gatineau.')]
    pdfb = A.pdf(title, lines)
    body = L(lang, 'Bonjour,\n\nVous trouverez ci-joint le programme de la %s. Les places sont limitées à 120 personnes.\n\n%s',
             'Hello,\n\nPlease find attached the programme of the %s. Seating limited to 120.\n\n%s') % (
        title.split(' — ')[0].split(' - ')[0], signature('ducharme', lang))
    return neg(key, 'conference', lang, L(lang, 'programme de colloque', 'conference programme'),
               GROUP['edu'], [GROUP['all'], ('Médecins référents', 'medecins-referents@liste.' + DOM)],
               title, body, dt, atts=[A.att_pdf(L(lang, 'programme_journee_nephro.pdf', 'nephrology_day_programme.pdf'), pdfb)])


# ------------------------------------------------------------------ aggregate statistics
def n_stats(rng, lang, key):
    dt = mdate(rng)
    stages = ['G3a', 'G3b', 'G4', 'G5 (non dialysé)' if lang == 'fr' else 'G5 (not on dialysis)']
    counts = [rng.randrange(60, 180), rng.randrange(90, 220), rng.randrange(80, 190), rng.randrange(20, 60)]
    rows = [[L(lang, 'Stade MRC', 'CKD stage'), L(lang, 'Patients actifs', 'Active patients'), L(lang, 'DFGe médian', 'Median eGFR')]]
    med = [52, 37, 22, 12]
    for s, c, m in zip(stages, counts, med):
        rows.append([s, c, m])
    intarget = rng.randrange(58, 79)
    if lang == 'fr':
        subj = 'Tableau de bord trimestriel — T%d 2025' % ((dt.month - 1) // 3 + 1)
        body = ('Bonjour,\n\nFaits saillants du trimestre :\n- %d patients suivis en clinique MRC (détail par stade en pièce jointe)\n'
                '- %d %% des taux de tacrolimus dans la cible chez les greffés de plus d\'un an\n'
                '- Délai médian référence → 1re visite : %d jours\n- %d débuts de dialyse, dont %d %% planifiés (accès fonctionnel)\n\n'
                'Données agrégées, aucune information nominative.\n\n%s'
                % (sum(counts), intarget, rng.randrange(21, 64), rng.randrange(12, 30), rng.randrange(55, 80), signature('ducharme', 'fr')))
    else:
        subj = 'Quarterly dashboard - Q%d 2025' % ((dt.month - 1) // 3 + 1)
        body = ('Hello,\n\nQuarter highlights:\n- %d patients followed in the CKD clinic (breakdown by stage attached)\n'
                '- %d%% of tacrolimus levels in target among recipients > 1 year post-transplant\n'
                '- Median referral-to-first-visit time: %d days\n- %d dialysis starts, %d%% planned (working access)\n\n'
                'Aggregate data only, no identifying information.\n\n%s'
                % (sum(counts), intarget, rng.randrange(21, 64), rng.randrange(12, 30), rng.randrange(55, 80), signature('ducharme', 'en')))
    return neg(key, 'statistics', lang, L(lang, 'statistiques agrégées du programme', 'aggregate program statistics'),
               person('ducharme'), [GROUP['md'], ('Direction des services professionnels', 'dsp@' + DOM)], subj, body, dt,
               atts=[A.att_xlsx(L(lang, 'tableau_de_bord.xlsx', 'dashboard.xlsx'), A.xlsx([(L(lang, 'MRC', 'CKD'), rows)], when=dt))])


# ------------------------------------------------------------------ de-identified teaching case
def n_teaching(rng, lang, key):
    dt = mdate(rng)
    age = rng.randrange(38, 72)
    sexe = rng.choice(['F', 'M'])
    cr = rng.randrange(160, 310)
    if lang == 'fr':
        who = 'Femme' if sexe == 'F' else 'Homme'
        subj = 'Club de lecture — cas clinique de jeudi'
        body = ('Bonjour,\n\nCas pour la discussion de jeudi (dépersonnalisé) :\n\n%s de %d ans, greffe rénale de donneur décédé il y '
                'a 14 mois (IRC sur néphropathie à IgA). Créatinine de base 120, maintenant %d µmol/L. Tacrolimus 6,8 µg/L, '
                'MMF 500 mg BID. Virémie BK 4,6 log. Biopsie : néphropathie à BK classe 2, SV40 +.\n\n'
                'Questions : 1) réduction de l\'immunosuppression : laquelle d\'abord? 2) place des IgIV et du léflunomide? '
                '3) surveillance des DSA?\n\nLectures : revue de 2024 et protocole local (dans le dossier Teams).\n\n%s'
                % (who, age, cr, signature('despres', 'fr', short=True)))
    else:
        who = 'Woman' if sexe == 'F' else 'Man'
        subj = 'Journal club - Thursday case'
        body = ('Hi,\n\nCase for Thursday (de-identified):\n\n%s, %d years old, deceased-donor kidney transplant 14 months ago '
                '(ESKD from IgA nephropathy). Baseline creatinine 120, now %d umol/L. Tacrolimus 6.8 ug/L, MMF 500 mg BID. BK viremia '
                '4.6 log. Biopsy: BK nephropathy class 2, SV40 positive.\n\nQuestions: 1) which immunosuppressant to reduce first? '
                '2) role of IVIG and leflunomide? 3) DSA monitoring?\n\nReading: 2024 review and local protocol (in the Teams folder).\n\n%s'
                % (who, age, cr, signature('despres', 'en', short=True)))
    return neg(key, 'teaching_case', lang, L(lang, 'cas clinique dépersonnalisé', 'de-identified teaching case'),
               person('despres'), [('Résidents néphrologie', 'residents.nephro@' + DOM), GROUP['md']], subj, body, dt)


# ------------------------------------------------------------------ blank form
def n_blank_form(rng, lang, key):
    dt = mdate(rng)
    if lang == 'fr':
        title = 'Demande de consultation — néphrologie (formulaire vierge, version %d.%d)' % (rng.randrange(2, 6), rng.randrange(0, 9))
        lines = ['Nom du patient : ______________________   Prénom : ____________________',
                 'Date de naissance (AAAA-MM-JJ) : ____-__-__     Sexe : F / M / X',
                 'NAM : ____ ____ ____   (ex. : XXXX 0000 0000)    Exp. : ____/__',
                 'Adresse : ____________________________________   Téléphone : ___-___-____',
                 '', 'Motif de consultation : [ ] MRC DFGe < 30   [ ] RAC > 60   [ ] hématurie   [ ] autre : ________',
                 'Joindre : 2 créatinines à 3 mois d\'intervalle, RAC, analyse d\'urine, échographie rénale.',
                 '', 'Médecin référent : __________________   No de pratique : _______   Téléc. : ___-___-____',
                 'Télécopier au %s ou envoyer par le portail sécurisé.' % CLINIC_FAX]
        subj = 'Nouveau formulaire de référence en néphrologie'
        body = ('Bonjour,\n\nLe formulaire de référence a été mis à jour (critères de priorisation 2024). Merci de détruire '
                'les anciennes versions. Le formulaire vierge est joint.\n\n%s' % signature('carriere', 'fr'))
    else:
        title = 'Nephrology consultation request (blank form, version %d.%d)' % (rng.randrange(2, 6), rng.randrange(0, 9))
        lines = ['Patient last name: ______________________   First name: ____________________',
                 'Date of birth (YYYY-MM-DD): ____-__-__     Sex: F / M / X',
                 'Health card no.: __________ Version: __   (Ontario)   RAMQ NAM: ____ ____ ____ (Quebec)',
                 'Address: ____________________________________   Phone: ___-___-____',
                 '', 'Reason: [ ] CKD eGFR < 30   [ ] ACR > 60   [ ] hematuria   [ ] other: ________',
                 'Attach: 2 creatinines 3 months apart, ACR, urinalysis, renal ultrasound.',
                 '', 'Referring physician: __________________   Billing no.: _______   Fax: ___-___-____',
                 'Fax to %s or send via the secure portal.' % CLINIC_FAX]
        subj = 'Updated nephrology referral form'
        body = ('Hello,\n\nThe referral form has been updated (2024 triage criteria). Please discard older versions. The blank '
                'form is attached.\n\n%s' % signature('carriere', 'en'))
    return neg(key, 'blank_form', lang, L(lang, 'formulaire de référence vierge', 'blank referral form'),
               person('carriere'), [('Médecins référents', 'medecins-referents@liste.' + DOM)], subj, body, dt,
               atts=[A.att_pdf(L(lang, 'formulaire_reference_nephro_vierge.pdf', 'nephrology_referral_form_blank.pdf'), A.pdf(title, lines))])


# ------------------------------------------------------------------ mail-merge template
def n_mailmerge(rng, lang, key):
    dt = mdate(rng)
    if lang == 'fr':
        tpl = ('Bonjour «Prénom» «Nom»,\n\nVotre rendez-vous à la «Clinique» est prévu le «Date_RV» à «Heure_RV».\n'
               'Présentez-vous au pavillon C, 3e étage, avec votre carte d\'assurance maladie (NAM : «NAM») et la liste de vos '
               'médicaments. Prise de sang à jeun le matin même.\n\nPour annuler : %s.\n\nL\'équipe de néphrologie' % CLINIC_TEL)
        subj = 'Gabarit de rappel de rendez-vous — à valider'
        body = ('Bonjour Stéphane,\n\nVoici le gabarit de fusion pour les rappels automatisés. Les champs entre chevrons sont remplis '
                'par le système de rendez-vous. Peux-tu valider le libellé avant la mise en production lundi?\n\n---\n%s\n---\n\n%s'
                % (tpl, signature('carriere', 'fr', short=True)))
    else:
        tpl = ('Dear {{first_name}} {{last_name}},\n\nYour appointment at the {{clinic}} is on {{appt_date}} at {{appt_time}}.\n'
               'Please come to Pavilion C, 3rd floor, with your health card ({{health_card_no}}) and your medication list. '
               'Fasting blood test the same morning.\n\nTo cancel: %s.\n\nThe nephrology team' % CLINIC_TEL)
        subj = 'Appointment reminder template - please review'
        body = ('Hi Stéphane,\n\nHere is the merge template for the automated reminders. Fields in braces are filled in by the '
                'booking system. Could you approve the wording before go-live on Monday?\n\n---\n%s\n---\n\n%s'
                % (tpl, signature('carriere', 'en', short=True)))
    atts = []
    if rng.random() < 0.5:
        atts = [A.att_docx(L(lang, 'gabarit_rappel_RV.docx', 'reminder_template.docx'),
                           A.docx(L(lang, 'Gabarit — rappel de rendez-vous', 'Template - appointment reminder'), tpl.split('\n'), when=dt))]
    return neg(key, 'template', lang, L(lang, 'gabarit de publipostage', 'mail-merge template'),
               person('carriere'), [person('ducharme')], subj, body, dt, atts=atts)


# ------------------------------------------------------------------ drug shortage
def n_shortage(rng, lang, key):
    dt = mdate(rng)
    din = '02%06d' % rng.randrange(100000, 999999)
    drug = rng.choice([('Advagraf 0,5 mg', 'Advagraf 0.5 mg'), ('Venofer 100 mg/5 mL', 'Venofer 100 mg/5 mL'),
                       ('Renvela 800 mg', 'Renvela 800 mg'), ('Aranesp 40 mcg', 'Aranesp 40 mcg')]) + (din,)
    until = later(dt, rng, 20, 70).date()
    if lang == 'fr':
        subj = 'Avis de pénurie — %s (DIN %s)' % (drug[0], drug[2])
        body = ('Bonjour,\n\nLe fournisseur nous avise d\'une rupture de %s (DIN %s) jusqu\'au %s environ.\n\n'
                'Conduite : utiliser les autres teneurs disponibles ou la substitution approuvée par le comité de pharmacologie; '
                'aucun changement de marque de tacrolimus sans avis du néphrologue de greffe et contrôle du taux à 7 jours.\n'
                'Les pharmacies communautaires de la région ont été informées.\n\n%s'
                % (drug[0], drug[2], date_fr(until), signature('benali', 'fr')))
    else:
        subj = 'Shortage notice - %s (DIN %s)' % (drug[1], drug[2])
        body = ('Hello,\n\nThe supplier reports a shortage of %s (DIN %s) until about %s.\n\n'
                'Action: use other available strengths or the substitution approved by P&T; no tacrolimus brand switch without the '
                'transplant nephrologist and a level at 7 days.\nRegional community pharmacies have been informed.\n\n%s'
                % (drug[1], drug[2], date_en(until), signature('benali', 'en')))
    return neg(key, 'shortage', lang, L(lang, 'avis de pénurie de médicament', 'drug shortage notice'),
               person('benali'), [GROUP['md'], GROUP['nurses'], GROUP['pharm']], subj, body, dt)


# ------------------------------------------------------------------ recall with lot numbers
def n_recall(rng, lang, key):
    dt = mdate(rng)
    lots = ['%s%s' % (rng.choice(['L', 'LOT', 'B']), luhn_serial(rng, 9)) for _ in range(rng.randrange(2, 5))]
    prod = rng.choice(L(lang, ['lignes à sang artérielles/veineuses AV-Set 480', 'dialyseurs FX-Cor 80', 'cassettes de cycleur DPA'],
                          ['AV-Set 480 arterial/venous bloodlines', 'FX-Cor 80 dialysers', 'APD cycler cassettes']))
    if lang == 'fr':
        subj = 'Rappel volontaire — %s' % prod
        body = ('Bonjour,\n\nRappel volontaire de classe II (avis du fabricant) visant les %s, lots :\n%s\n\n'
                'Motif : risque de fuite au connecteur. Retirer immédiatement les lots visés de l\'inventaire et les mettre en '
                'quarantaine au magasin. Aucun incident déclaré chez nous. Remplacement par Dialysa dans 48 h.\n\n%s'
                % (prod, '\n'.join('- ' + l for l in lots), signature('houle', 'fr')))
    else:
        subj = 'Voluntary recall - %s' % prod
        body = ('Hello,\n\nClass II voluntary recall (manufacturer notice) of %s, lots:\n%s\n\nReason: possible leak at the connector. '
                'Remove affected lots from stock immediately and quarantine at stores. No incident reported here. Dialysa will '
                'replace within 48 h.\n\n%s' % (prod, '\n'.join('- ' + l for l in lots), signature('houle', 'en')))
    return neg(key, 'recall', lang, L(lang, 'rappel de matériel avec numéros de lot', 'equipment recall with lot numbers'),
               person('houle'), [GROUP['nurses'], GROUP['achats']], subj, body, dt)


# ------------------------------------------------------------------ research protocol
def n_protocol(rng, lang, key):
    dt = mdate(rng)
    num_ = 'CER-2025-%03d' % rng.randrange(10, 400)
    n = rng.randrange(60, 240)
    if lang == 'fr':
        subj = 'Protocole %s — approbation du CER' % num_
        body = ('Bonjour,\n\nLe comité d\'éthique de la recherche a approuvé le protocole %s : « Surveillance de l\'ADN libre du '
                'donneur (dd-cfDNA) pour détecter le rejet infraclinique chez les greffés rénaux ».\n\n'
                'Critères d\'inclusion : greffe rénale depuis 3 à 24 mois, DFGe > 25, consentement écrit.\n'
                'Exclusion : greffe multi-organes, rejet traité dans les 3 derniers mois.\nTaille visée : %d participants. '
                'Chercheur principal : %s. Coordination : %s.\n\n'
                'Aucun recrutement avant la réunion de démarrage du %s.\n\n%s'
                % (num_, n, dr('brisebois', 'fr'), people(rng, 1)[0], date_fr(later(dt, rng, 7, 20).date()), GROUP['research'][0]))
    else:
        subj = 'Protocol %s - REB approval' % num_
        body = ('Hello,\n\nThe research ethics board approved protocol %s: "Donor-derived cell-free DNA surveillance for subclinical '
                'rejection in kidney transplant recipients".\n\nInclusion: kidney transplant 3-24 months ago, eGFR > 25, written consent.\n'
                'Exclusion: multi-organ transplant, treated rejection in the past 3 months.\nTarget sample: %d participants. '
                'Principal investigator: %s. Coordinator: %s.\n\nNo recruitment before the start-up meeting on %s.\n\n%s'
                % (num_, n, dr('brisebois', 'en'), people(rng, 1)[0], date_en(later(dt, rng, 7, 20).date()), 'Deux-Rives Research Centre'))
    return neg(key, 'research', lang, L(lang, 'approbation éthique d\'un protocole', 'research protocol approval'),
               GROUP['research'], [GROUP['tx'], GROUP['md']], subj, body, dt)


# ------------------------------------------------------------------ clinical guideline update
def n_guideline(rng, lang, key):
    dt = mdate(rng)
    if lang == 'fr':
        subj = 'Mise à jour — protocole de suivi du tacrolimus (v%d)' % rng.randrange(3, 8)
        body = ('Bonjour,\n\nLe protocole révisé est en vigueur dès lundi :\n\n'
                'Délai post-greffe | Cible FK résiduel (µg/L) | Fréquence\n0-3 mois | 8-10 | 2 x / semaine\n'
                '3-12 mois | 6-8 | aux 2 semaines puis mensuel\n> 12 mois | 5-7 | aux 3 mois\n\n'
                'Prélèvement 12 h (Prograf) ou 24 h (Advagraf/Envarsus) après la dose. Toute valeur < 3 ou > 15 est communiquée au '
                'néphrologue de garde.\n\n%s' % signature('benali', 'fr'))
    else:
        subj = 'Update - tacrolimus monitoring protocol (v%d)' % rng.randrange(3, 8)
        body = ('Hello,\n\nThe revised protocol takes effect Monday:\n\n'
                'Time post-transplant | Trough target (ug/L) | Frequency\n0-3 months | 8-10 | twice weekly\n'
                '3-12 months | 6-8 | every 2 weeks then monthly\n> 12 months | 5-7 | every 3 months\n\n'
                'Draw 12 h (Prograf) or 24 h (Advagraf/Envarsus) post-dose. Any value < 3 or > 15 goes to the nephrologist on call.\n\n%s'
                % signature('benali', 'en'))
    return neg(key, 'guideline', lang, L(lang, 'mise à jour de protocole clinique', 'clinical protocol update'),
               person('benali'), [GROUP['tx'], GROUP['md']], subj, body, dt)


# ------------------------------------------------------------------ lab notice
def n_lab_notice(rng, lang, key):
    dt = mdate(rng)
    lab = (L(lang, 'Laboratoire régional — communications', 'Regional laboratory - communications'), 'communications@labro.example')
    if lang == 'fr':
        subj = 'Avis aux prescripteurs — équation CKD-EPI 2021 et nouveaux intervalles de référence'
        body = ('Aux prescripteurs,\n\nÀ compter du %s, le DFGe sera calculé par l\'équation CKD-EPI 2021 (sans coefficient racial). '
                'Les valeurs augmenteront en moyenne de 2 à 4 mL/min/1,73 m². La créatinine (méthode enzymatique) conserve les '
                'intervalles 45-90 µmol/L (F) et 60-110 µmol/L (H). Le RAC sera rapporté en mg/mmol; seuil A2 : 3 mg/mmol.\n\n'
                'Tube : bouchon vert (lithium-héparine). Délai de réponse : 4 h.\n\nRenseignements : 819-555-0166.\n\nBiochimie clinique'
                % date_fr(later(dt, rng, 10, 30).date()))
    else:
        subj = 'Notice to prescribers - CKD-EPI 2021 equation and new reference intervals'
        body = ('To all prescribers,\n\nAs of %s, eGFR will be calculated with the CKD-EPI 2021 equation (no race coefficient). '
                'Values will rise by 2-4 mL/min/1.73m2 on average. Creatinine (enzymatic) keeps reference intervals 45-90 umol/L (F) and '
                '60-110 umol/L (M). ACR reported in mg/mmol; A2 threshold 3 mg/mmol.\n\nTube: green top (lithium heparin). '
                'Turnaround: 4 h.\n\nInformation: 819-555-0166.\n\nClinical Biochemistry' % date_en(later(dt, rng, 10, 30).date()))
    return neg(key, 'lab_notice', lang, L(lang, 'avis du laboratoire aux prescripteurs', 'laboratory notice to prescribers'),
               lab, [GROUP['md'], GROUP['clinic']], subj, body, dt)


# ------------------------------------------------------------------ public information sessions
def n_public(rng, lang, key):
    dt = mdate(rng)
    s1 = later(dt, rng, 7, 20, hour=18)
    s2 = later(s1, rng, 14, 30, hour=18)
    kind = rng.choice(['predial', 'donor'])
    if lang == 'fr':
        what = 'Séances d\'information sur le don vivant de rein' if kind == 'donor' else 'Cours « Bien vivre avec la maladie rénale »'
        subj = what + ' — automne' if s1.month >= 9 else what
        body = ('Bonjour,\n\nNous invitons les patients, leurs proches et toute personne intéressée :\n\n%s\n- %s, 18h à 20h\n- %s, 18h à 20h\n'
                'Lieu : auditorium du pavillon C (stationnement gratuit après 17h).\n\nAu programme : choix de traitement (dialyse '
                'péritonéale, hémodialyse, greffe, traitement conservateur), alimentation, témoignage d\'un donneur.\n'
                'Inscription : %s ou predialyse@%s.\n\nMerci d\'afficher dans vos salles d\'attente!\n\n%s'
                % (what, day_fr(s1.date()), day_fr(s2.date()), CLINIC_TEL, DOM, signature('lafreniere', 'fr')))
    else:
        what = 'Living kidney donation information sessions' if kind == 'donor' else '"Living well with kidney disease" classes'
        subj = what
        body = ('Hello,\n\nPatients, families and anyone interested are welcome:\n\n%s\n- %s, 6 to 8 pm\n- %s, 6 to 8 pm\n'
                'Venue: Pavilion C auditorium (free parking after 5 pm).\n\nTopics: treatment options (peritoneal dialysis, '
                'hemodialysis, transplant, conservative care), nutrition, a donor\'s story.\nRegistration: %s or predialyse@%s.\n\n'
                'Please post in your waiting rooms!\n\n%s' % (what, day_en(s1.date()), day_en(s2.date()), CLINIC_TEL, DOM,
                                                              signature('lafreniere', 'en')))
    return neg(key, 'public_session', lang, L(lang, 'séances d\'information publiques', 'public information sessions'),
               person('lafreniere'), [('Médecins référents', 'medecins-referents@liste.' + DOM), GROUP['comm']], subj, body, dt,
               form=rng.choice(['html', 'alt', 'plain']))


# ------------------------------------------------------------------ satisfaction survey (aggregate)
def n_survey(rng, lang, key):
    dt = mdate(rng)
    n = rng.randrange(140, 420)
    sat = rng.randrange(82, 96)
    if lang == 'fr':
        subj = 'Résultats du sondage de satisfaction — hémodialyse et clinique MRC'
        body = ('Bonjour,\n\n%d questionnaires reçus (taux de réponse %d %%). Satisfaction globale : %d %%.\n\n'
                'Points forts : accueil, clarté de l\'enseignement prédialyse.\nÀ améliorer : attente au transport adapté, '
                'stationnement, température de la salle d\'hémodialyse.\n\nQuelques commentaires (anonymes) :\n'
                '« Les infirmières prennent le temps d\'expliquer. »\n« L\'attente pour le transport du retour est trop longue. »\n'
                '« J\'aimerais avoir mes résultats sur le portail plus vite. »\n\nPrésentation complète à la réunion d\'équipe.\n\n%s'
                % (n, rng.randrange(40, 70), sat, signature('ducharme', 'fr')))
    else:
        subj = 'Patient satisfaction survey results - hemodialysis and CKD clinic'
        body = ('Hello,\n\n%d questionnaires received (response rate %d%%). Overall satisfaction: %d%%.\n\nStrengths: welcome, clarity '
                'of pre-dialysis teaching.\nTo improve: wait for the transport service, parking, temperature in the HD room.\n\n'
                'A few anonymous comments:\n"The nurses take time to explain."\n"The wait for the ride home is too long."\n'
                '"I would like my results on the portal faster."\n\nFull presentation at the team meeting.\n\n%s'
                % (n, rng.randrange(40, 70), sat, signature('ducharme', 'en')))
    return neg(key, 'survey', lang, L(lang, 'résultats agrégés de sondage', 'aggregate survey results'),
               person('ducharme'), [GROUP['all']], subj, body, dt)


# ------------------------------------------------------------------ quality / incidents (aggregate)
def n_quality(rng, lang, key):
    dt = mdate(rng)
    a, b, c = rng.randrange(2, 9), rng.randrange(0, 4), rng.randrange(5, 15)
    if lang == 'fr':
        subj = 'Rapport trimestriel — incidents et accidents, néphrologie'
        body = ('Bonjour,\n\nSommaire des déclarations AH-223 du trimestre (données dénominalisées) :\n'
                '- Erreurs de médicament : %d (dont %d liées à l\'immunosuppression, sans conséquence)\n'
                '- Chutes : %d\n- Bactériémies liées aux cathéters d\'hémodialyse : %s / 1 000 jours-cathéter\n\n'
                'Action : double vérification des changements de dose de tacrolimus à la clinique de greffe. Visite d\'agrément '
                'prévue en novembre.\n\n%s'
                % (c, b, a, num(rng.uniform(0.2, 0.9), 'fr', 2), GROUP['qual'][0]))
    else:
        subj = 'Quarterly report - incidents, nephrology'
        body = ('Hello,\n\nSummary of incident reports for the quarter (de-identified):\n'
                '- Medication errors: %d (%d related to immunosuppression, no harm)\n- Falls: %d\n'
                '- HD catheter-related bacteremia: %s per 1,000 catheter-days\n\n'
                'Action: double-check of tacrolimus dose changes in the transplant clinic. Accreditation visit in November.\n\n%s'
                % (c, b, a, num(rng.uniform(0.2, 0.9), 'en', 2), 'Quality and Risk Management'))
    return neg(key, 'quality', lang, L(lang, 'rapport qualité agrégé', 'aggregate quality report'),
               GROUP['qual'], [person('ducharme'), person('houle')], subj, body, dt)


# ------------------------------------------------------------------ organ donation awareness
def n_donation_week(rng, lang, key):
    dt = mdate(rng, 4)
    if lang == 'fr':
        subj = 'Semaine nationale du don d\'organes et de tissus'
        body = ('Bonjour,\n\nL\'an dernier, les donneurs décédés et vivants de notre région ont permis 63 greffes; 118 personnes suivies '
                'par notre programme demeurent en attente, dont une majorité pour un rein.\n\n%s et %s seront au kiosque du hall principal '
                'mercredi de 11h à 14h. Rubans verts disponibles au secrétariat. Parlez de vos volontés à vos proches!\n\n%s'
                % (dr('brisebois', 'fr'), 'M. ' + staff('orourke')['name'], signature('ducharme', 'fr')))
    else:
        subj = 'National Organ and Tissue Donation Awareness Week'
        body = ('Hello,\n\nLast year, deceased and living donors made hundreds of transplants possible in our region; most people '
                'on the wait list are waiting for a kidney.\n\n%s and %s will be at the main lobby booth on Wednesday, 11 am to 2 pm. '
                'Green ribbons available at the front desk. Talk to your family about your wishes!\n\n%s'
                % (dr('brisebois', 'en'), 'Mr. ' + staff('orourke')['name'], signature('ducharme', 'en')))
    return neg(key, 'awareness', lang, L(lang, 'semaine du don d\'organes', 'organ donation awareness week'),
               GROUP['comm'], [GROUP['all']], subj, body, dt, form=rng.choice(['html', 'alt']))


TEMPLATES = [
    (n_newsletter, 5), (n_committee, 5), (n_conference, 5), (n_stats, 5), (n_teaching, 5), (n_blank_form, 5),
    (n_mailmerge, 4), (n_shortage, 4), (n_recall, 4), (n_protocol, 4), (n_guideline, 4), (n_lab_notice, 4),
    (n_public, 4), (n_survey, 4), (n_quality, 4), (n_donation_week, 4),
]
