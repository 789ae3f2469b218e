"""Negative templates, part A: staff, HR, occupational health, payroll, IT,
facilities, on-call lists, staff contacts and meetings.  No patient is identifiable."""
import datetime

from gen_common import (HOSP, HOSP_ADDR, HOSP_DOMAIN, DEPTS, closing, dec, dept_addr, dept_name, dr,
                        fmt_date, greet, signature)
from gen_files import att_ics, att_pdf, att_vcf, att_xlsx, make_ics, make_pdf, make_vcf, make_xlsx
from gen_pos_a import dept_pair, mk, staff_pair

CLIN = ['dev', 'tsa', 'neo', 'endo', 'neuro', 'gi', 'home', 'cl', 'school']


def neg(ctx, lang, cat, note, sender, to, subject, text, **kw):
    return mk(ctx, lang, cat, note, sender, to, subject, text, set(), **kw)


def n_hr_schedule(ctx, lang):
    d = ctx.msg_date()
    dept = ctx.choice(CLIN)
    mgr = ctx.staff(dept, 'mgr', 'F')
    fr = lang == 'fr'
    staff = [ctx.staff(dept, ctx.choice(['nurse', 'ips', 'sec', 'psy', 'ot', 'slp', 'sw'])) for _ in range(ctx.randint(6, 10))]
    days = ['Lun', 'Mar', 'Mer', 'Jeu', 'Ven'] if fr else ['Mon', 'Tue', 'Wed', 'Thu', 'Fri']
    shifts = ['J', 'J', 'J', 'S', 'C', 'F', 'J'] if fr else ['D', 'D', 'D', 'E', 'O', 'H', 'D']
    rows = [['Employé' if fr else 'Employee', 'Titre' if fr else 'Title'] + days]
    for s in staff:
        rows.append([s.full, s.role] + [ctx.choice(shifts) for _ in days])
    start = ctx.future(d, 7, 21)
    legend = ("Légende : J = jour 8 h-16 h, S = soir, C = congé, F = formation" if fr else
              "Legend: D = day 8-16, E = evening, O = off, H = training")
    atts = []
    if ctx.chance(0.5):
        atts = [att_xlsx(f'horaire_{dept}_{start:%Y%m%d}.xlsx' if fr else f'schedule_{dept}_{start:%Y%m%d}.xlsx',
                         make_xlsx([('Horaire' if fr else 'Schedule', rows + [[legend]])]))]
        table = ''
    else:
        table = '\n'.join(' | '.join(r) for r in rows) + '\n' + legend + '\n\n'
    if fr:
        subj = ctx.choice([f'Horaire semaine du {fmt_date(start, "fr", 2)}', 'Horaire de la clinique – version finale', 'Nouvel horaire (corrigé)'])
        text = (f"{greet(ctx, 'fr')}\n\nVoici l'horaire du personnel de la {dept_name(dept, 'fr').lower()} pour la semaine du {fmt_date(start, 'fr', 2)}. "
                f"Les échanges de quarts doivent être approuvés avant jeudi.\n\n{table}{closing(ctx, 'fr')}\n\n{signature(ctx, mgr, 'fr')}")
    else:
        subj = ctx.choice([f'Schedule week of {fmt_date(start, "en", 1)}', 'Clinic staff schedule – final', 'Updated schedule'])
        text = (f"{greet(ctx, 'en')}\n\nHere is the {dept_name(dept, 'en')} staff schedule for the week of {fmt_date(start, 'en', 1)}. "
                f"Shift swaps must be approved by Thursday.\n\n{table}{closing(ctx, 'en')}\n\n{signature(ctx, mgr, 'en')}")
    return neg(ctx, lang, 'staff_schedule', 'staff shift schedule', staff_pair(mgr), [dept_pair(dept, lang)], subj, text, atts=atts, date=d)


def n_leave_approval(ctx, lang):
    d = ctx.msg_date()
    dept = ctx.choice(CLIN)
    mgr = ctx.staff(dept, 'mgr')
    emp = ctx.staff(dept, ctx.choice(['nurse', 'ot', 'slp', 'psy', 'sec']))
    fr = lang == 'fr'
    a = ctx.future(d, 10, 60)
    b = a + datetime.timedelta(days=ctx.randint(3, 14))
    kind = ctx.choice([('vacances annuelles', 'annual vacation'), ('congé sans solde', 'unpaid leave'),
                       ('congé pour obligations familiales', 'family responsibility leave'), ('formation externe', 'external training')])
    if fr:
        subj = ctx.choice(['Demande de congé – approuvée', f'Congé {emp.given} {emp.surname}', 'Re: demande de vacances'])
        text = (f"{greet(ctx, 'fr', emp.given)}\n\nTa demande de {kind[0]} du {fmt_date(a, 'fr', 2)} au {fmt_date(b, 'fr', 2)} est approuvée. "
                f"Merci de t'assurer que tes rendez-vous de clinique sont reportés ou couverts par {ctx.staff(dept).given}.\n\n"
                f"{closing(ctx, 'fr')}\n\n{signature(ctx, mgr, 'fr')}")
    else:
        subj = ctx.choice(['Leave request – approved', f'Leave {emp.given} {emp.surname}', 'Re: vacation request'])
        text = (f"{greet(ctx, 'en', emp.given)}\n\nYour {kind[1]} request from {fmt_date(a, 'en', 1)} to {fmt_date(b, 'en', 1)} is approved. "
                f"Please make sure your clinic appointments are rebooked or covered by {ctx.staff(dept).given}.\n\n"
                f"{closing(ctx, 'en')}\n\n{signature(ctx, mgr, 'en')}")
    return neg(ctx, lang, 'leave_approval', 'manager approves an employee leave', staff_pair(mgr), [staff_pair(emp)],
               subj, text, cc=[('RH – Gestion des absences', dept_addr('hr'))], date=d)


def n_occ_health_employee(ctx, lang):
    d = ctx.msg_date()
    occ = ctx.staff('occ', 'nurse', 'F')
    emp = ctx.staff(ctx.choice(CLIN), ctx.choice(['nurse', 'res', 'tech', 'cl']))
    fr = lang == 'fr'
    v = ctx.randint(0, 3)
    if fr:
        body = [f"Le résultat de votre test cutané à la tuberculine (TCT) fait dans le cadre de l'embauche est négatif (0 mm). Aucun suivi n'est requis.",
                f"Suite à votre exposition au travail (contact avec un cas de rougeole le {fmt_date(earlier_date(ctx, d), 'fr', 2)}), votre sérologie montre que vous êtes immunisé{'e' if emp.sex == 'F' else ''}. Vous pouvez reprendre le travail normalement.",
                f"Votre retour progressif au travail (3 jours/semaine pendant 4 semaines) est autorisé à compter du {fmt_date(ctx.future(d, 3, 15), 'fr', 2)}, selon le formulaire de votre médecin. Votre gestionnaire a été avisé des limitations fonctionnelles seulement.",
                "Votre dossier de vaccination est maintenant complet (hépatite B, RRO, coqueluche, influenza 2025-2026). Merci!"][v]
        subj = ctx.choice(['Santé et sécurité au travail – suivi', 'Votre résultat – SST', 'Dossier de vaccination du personnel', 'Retour au travail'])
        text = f"{greet(ctx, 'fr', emp.given)}\n\n{body}\n\nCe message vous est adressé personnellement.\n\n{closing(ctx, 'fr')}\n\n{signature(ctx, occ, 'fr')}"
    else:
        body = ["Your tuberculin skin test (TST) done for your pre-employment screening is negative (0 mm). No follow-up is needed.",
                f"Following your workplace exposure (contact with a measles case on {fmt_date(earlier_date(ctx, d), 'en', 1)}), your serology shows you are immune. You may continue working as usual.",
                f"Your graduated return to work (3 days/week for 4 weeks) is approved starting {fmt_date(ctx.future(d, 3, 15), 'en', 1)}, as per your physician's form. Your manager was informed of the functional limitations only.",
                "Your immunization record is now complete (hepatitis B, MMR, pertussis, influenza 2025-2026). Thank you!"][v]
        subj = ctx.choice(['Occupational health – follow-up', 'Your result – OHS', 'Staff immunization record', 'Return to work'])
        text = f"{greet(ctx, 'en', emp.given)}\n\n{body}\n\nThis message is addressed to you personally.\n\n{closing(ctx, 'en')}\n\n{signature(ctx, occ, 'en')}"
    return neg(ctx, lang, 'occ_health_employee', "employee's own occupational-health follow-up (staff, not patient)",
               staff_pair(occ), [staff_pair(emp)], subj, text, date=d)


def earlier_date(ctx, d):
    return (d - datetime.timedelta(days=ctx.randint(3, 20))).date()


def n_occ_health_campaign(ctx, lang):
    d = ctx.msg_date()
    occ = ctx.staff('occ', 'coord', 'F')
    fr = lang == 'fr'
    cov = ctx.randint(52, 81)
    rows = [['Unité' if fr else 'Unit', 'Employés' if fr else 'Staff', 'Vaccinés' if fr else 'Vaccinated', '%']]
    for u in ['5B', '6B', '7A', 'Néonatalogie' if fr else 'NICU', 'Cliniques externes' if fr else 'Outpatient clinics', 'Urgence' if fr else 'ED']:
        n = ctx.randint(40, 180)
        v = int(n * ctx.randint(45, 90) / 100)
        rows.append([u, str(n), str(v), f'{round(100 * v / n)}'])
    table = '\n'.join('\t'.join(r) for r in rows)
    if fr:
        subj = ctx.choice(['Campagne de vaccination antigrippale – bilan', 'Vaccination du personnel : où en sommes-nous?'])
        text = (f"{greet(ctx, 'fr')}\n\nLa couverture vaccinale du personnel contre l'influenza est de {cov} % à ce jour. "
                f"Les cliniques mobiles passeront dans les unités mardi et jeudi de 7 h à 9 h. "
                f"Rappel : la vaccination protège nos patients les plus vulnérables (prématurés, enfants immunosupprimés).\n\n{table}\n\n"
                f"{closing(ctx, 'fr')}\n\n{signature(ctx, occ, 'fr')}")
    else:
        subj = ctx.choice(['Staff flu vaccination campaign – update', 'Staff vaccination: where are we?'])
        text = (f"{greet(ctx, 'en')}\n\nStaff influenza vaccine coverage is {cov}% to date. "
                f"Mobile clinics will visit the units Tuesday and Thursday 7-9 am. "
                f"Reminder: vaccination protects our most vulnerable patients (preterm infants, immunosuppressed children).\n\n{table}\n\n"
                f"{closing(ctx, 'en')}\n\n{signature(ctx, occ, 'en')}")
    return neg(ctx, lang, 'staff_vaccination_stats', 'aggregate staff vaccination coverage by unit',
               staff_pair(occ), [('Tout le personnel' if fr else 'All staff', f'tous@{HOSP_DOMAIN}')], subj, text, date=d)


def n_payroll(ctx, lang):
    d = ctx.msg_date()
    pay = ctx.staff('hr', 'coord')
    fr = lang == 'fr'
    v = ctx.randint(0, 2)
    period = ctx.randint(1, 26)
    if fr:
        subj = ['Relevés de paie disponibles', 'Correction de paie – période ' + str(period), 'Feuillets fiscaux T4 et Relevé 1'][v]
        body = [f"Les relevés de la période de paie {period} sont disponibles dans le portail employé. Le dépôt sera effectué jeudi.",
                f"Une erreur de calcul des primes de soir a touché les employés des unités de soins pour la période {period}. La correction apparaîtra sur la prochaine paie; aucune action n'est requise.",
                "Vos feuillets T4 et Relevé 1 seront disponibles dans le portail à compter du 28 février. Pour un changement d'adresse, utilisez le formulaire RH-104."][v]
        text = f"{greet(ctx, 'fr')}\n\n{body}\n\nService de la paie\n{HOSP['fr']}\nposte {pay.ext}"
    else:
        subj = ['Pay statements available', f'Payroll correction – period {period}', 'T4 and RL-1 tax slips'][v]
        body = [f"Pay statements for pay period {period} are available on the employee portal. Deposit will be made Thursday.",
                f"An error in evening premium calculation affected nursing unit staff for period {period}. The correction will appear on the next pay; no action needed.",
                "Your T4 and RL-1 slips will be available on the portal from February 28. For an address change use form HR-104."][v]
        text = f"{greet(ctx, 'en')}\n\n{body}\n\nPayroll Office\n{HOSP['en']}\next. {pay.ext}"
    return neg(ctx, lang, 'payroll_notice', 'payroll notice to staff', ('Paie – HESA', f'paie@{HOSP_DOMAIN}'),
               [('Tout le personnel' if fr else 'All staff', f'tous@{HOSP_DOMAIN}')], subj, text, date=d)


def n_job_posting(ctx, lang):
    d = ctx.msg_date()
    hr = ctx.staff('hr', 'coord', 'F')
    fr = lang == 'fr'
    job = ctx.choice([('Infirmière clinicienne – clinique d\'endocrinologie (diabète)', 'Clinical nurse – endocrinology clinic (diabetes)'),
                      ('Neuropsychologue – clinique d\'évaluation TSA', 'Neuropsychologist – autism assessment clinic'),
                      ('Spécialiste en vie de l\'enfant – hématologie-oncologie', 'Child Life Specialist – haematology-oncology'),
                      ('Infirmière de liaison scolaire', 'School liaison nurse'),
                      ('Agente administrative – gastroentérologie', 'Administrative agent – gastroenterology'),
                      ('Infirmière SAD pédiatrique (soins complexes à domicile)', 'Paediatric home care nurse (complex care)')])
    no = f'{d.year}-{ctx.randint(100, 999)}'
    if fr:
        subj = f'Affichage de poste {no} – {job[0]}'
        text = (f"{greet(ctx, 'fr')}\n\nNous affichons le poste suivant :\n\n{job[0]}\nStatut : temps complet permanent, jour\nNuméro d'affichage : {no}\n"
                f"Exigences : permis d'exercice valide, 2 ans d'expérience en pédiatrie, connaissance du diabète de type 1, de l'épilepsie ou du TSA un atout.\n"
                f"Période d'affichage : jusqu'au {fmt_date(ctx.future(d, 10, 20), 'fr', 2)}.\n\nPostulez via le portail carrières.\n\n{signature(ctx, hr, 'fr')}")
    else:
        subj = f'Job posting {no} – {job[1]}'
        text = (f"{greet(ctx, 'en')}\n\nWe are posting the following position:\n\n{job[1]}\nStatus: full-time permanent, days\nPosting no.: {no}\n"
                f"Requirements: valid licence, 2 years of paediatric experience; knowledge of type 1 diabetes, epilepsy or autism an asset.\n"
                f"Posting period: until {fmt_date(ctx.future(d, 10, 20), 'en', 1)}.\n\nApply through the careers portal.\n\n{signature(ctx, hr, 'en')}")
    return neg(ctx, lang, 'job_posting', 'internal job posting mentioning diseases', staff_pair(hr),
               [('Tout le personnel' if fr else 'All staff', f'tous@{HOSP_DOMAIN}')], subj, text, date=d)


def n_it_notice(ctx, lang):
    d = ctx.msg_date()
    fr = lang == 'fr'
    when = ctx.future(d, 2, 14)
    sysn = ctx.choice(['dossier patient électronique (DPE)', 'système de rendez-vous', 'serveur de résultats de laboratoire', 'messagerie Outlook', 'imprimantes du 4e étage'])
    sysn_en = {'dossier patient électronique (DPE)': 'electronic patient record (EPR)', 'système de rendez-vous': 'scheduling system',
               'serveur de résultats de laboratoire': 'lab results server', 'messagerie Outlook': 'Outlook e-mail', 'imprimantes du 4e étage': '4th floor printers'}[sysn]
    ticket = f'INC{ctx.randint(1000000, 9999999)}'
    if fr:
        subj = ctx.choice([f'Interruption planifiée – {sysn}', f'[TI] Maintenance {fmt_date(when, "fr", 1)}', f'Incident {ticket} résolu'])
        text = (f"{greet(ctx, 'fr')}\n\nUne maintenance du {sysn} aura lieu le {fmt_date(when, 'fr', 2)} de 2 h à 5 h. "
                f"Pendant cette période, utilisez les procédures dégradées (formulaires papier, ordonnances manuscrites). "
                f"Les résultats critiques seront communiqués par téléphone par le laboratoire.\n\nBillet de référence : {ticket}\n\n"
                f"Centre de services TI – poste 4357")
    else:
        subj = ctx.choice([f'Planned outage – {sysn_en}', f'[IT] Maintenance {fmt_date(when, "en", 0)}', f'Incident {ticket} resolved'])
        text = (f"{greet(ctx, 'en')}\n\nMaintenance of the {sysn_en} will take place on {fmt_date(when, 'en', 1)} from 2 to 5 am. "
                f"During that window use downtime procedures (paper forms, handwritten orders). "
                f"Critical results will be phoned by the lab.\n\nReference ticket: {ticket}\n\nIT Service Desk – ext. 4357")
    return neg(ctx, lang, 'it_notice', 'IT maintenance notice', ('Centre de services TI', dept_addr('it')),
               [('Tout le personnel' if fr else 'All staff', f'tous@{HOSP_DOMAIN}')], subj, text, date=d)


def n_it_phishing(ctx, lang):
    d = ctx.msg_date()
    fr = lang == 'fr'
    sec = ctx.staff('it', 'coord')
    if fr:
        subj = ctx.choice(['ALERTE – hameçonnage en cours', 'Faux courriel « RAMQ – mise à jour de carte »', 'Sécurité : ne cliquez pas'])
        text = (f"{greet(ctx, 'fr')}\n\nUn courriel frauduleux se faisant passer pour la RAMQ circule ce matin. Il demande de « confirmer le numéro "
                f"d'assurance maladie (NAM) et la date de naissance » de patients via un lien. Ne cliquez pas et ne répondez pas.\n"
                f"Rappel : aucun organisme ne demande de NAM, de NAS ou de résultats par courriel. Signalez tout message suspect avec le bouton « Signaler ».\n\n"
                f"{sec.full}\nSécurité de l'information")
    else:
        subj = ctx.choice(['ALERT – phishing in progress', 'Fake "RAMQ card update" e-mail', 'Security: do not click'])
        text = (f"{greet(ctx, 'en')}\n\nA fraudulent e-mail impersonating the RAMQ is circulating this morning. It asks you to \"confirm the health "
                f"insurance number and date of birth\" of patients through a link. Do not click or reply.\n"
                f"Reminder: no agency asks for health numbers, SINs or results by e-mail. Report suspicious messages with the Report button.\n\n"
                f"{sec.full}\nInformation Security")
    return neg(ctx, lang, 'it_phishing_alert', 'phishing alert mentioning NAM and birth date without any data',
               ('Sécurité de l\'information', f'securite.info@{HOSP_DOMAIN}'), [('Tout le personnel' if fr else 'All staff', f'tous@{HOSP_DOMAIN}')],
               subj, text, date=d, extra_headers=[('Importance', 'high')])


def n_facilities(ctx, lang):
    d = ctx.msg_date()
    fr = lang == 'fr'
    when = ctx.future(d, 1, 10)
    v = ctx.randint(0, 3)
    if fr:
        subj = ['Ascenseur B hors service', 'Exercice d\'évacuation – code vert', 'Travaux bruyants – 3e étage', 'Coupure d\'eau chaude'][v]
        body = [f"L'ascenseur B sera hors service du {fmt_date(when, 'fr', 2)} pour 3 jours. Les transports de patients sur civière utiliseront l'ascenseur D.",
                f"Un exercice d'évacuation aura lieu le {fmt_date(when, 'fr', 2)} à 10 h dans l'aile des cliniques externes. Les familles présentes seront guidées par le personnel.",
                f"Des travaux de perçage auront lieu près de la clinique de neurologie du {fmt_date(when, 'fr', 2)}. Prévoyez des coquilles antibruit pour les enfants sensibles au bruit.",
                f"L'eau chaude sera coupée dans le pavillon B le {fmt_date(when, 'fr', 2)} de 22 h à 4 h."][v]
        text = f"{greet(ctx, 'fr')}\n\n{body}\n\nMerci de votre compréhension.\nServices techniques – poste 2200"
    else:
        subj = ['Elevator B out of service', 'Evacuation drill – code green', 'Noisy work – 3rd floor', 'Hot water shutdown'][v]
        body = [f"Elevator B will be out of service from {fmt_date(when, 'en', 1)} for 3 days. Stretcher transports will use elevator D.",
                f"An evacuation drill will take place on {fmt_date(when, 'en', 1)} at 10 am in the outpatient clinic wing. Families present will be guided by staff.",
                f"Drilling will take place near the neurology clinic from {fmt_date(when, 'en', 1)}. Please have ear defenders ready for noise-sensitive children.",
                f"Hot water will be shut off in pavilion B on {fmt_date(when, 'en', 1)} from 10 pm to 4 am."][v]
        text = f"{greet(ctx, 'en')}\n\n{body}\n\nThank you for your understanding.\nFacilities – ext. 2200"
    return neg(ctx, lang, 'facilities_notice', 'facilities notice', ('Services techniques', dept_addr('fac')),
               [('Tout le personnel' if fr else 'All staff', f'tous@{HOSP_DOMAIN}')], subj, text, date=d)


def n_retirement(ctx, lang):
    d = ctx.msg_date()
    dept = ctx.choice(CLIN)
    who = ctx.staff(dept, ctx.choice(['nurse', 'endo', 'neuro', 'sec', 'psy']))
    org = ctx.staff(dept, 'coord', 'F')
    fr = lang == 'fr'
    yrs = ctx.randint(18, 38)
    when = ctx.future(d, 5, 20)
    title = dr(who, lang) if who.role in ('endo', 'neuro') else who.full
    if fr:
        subj = ctx.choice([f'Départ à la retraite de {who.full}', '5 à 7 – on souligne une belle carrière!', 'Collecte pour un cadeau'])
        text = (f"{greet(ctx, 'fr')}\n\nAprès {yrs} ans auprès des enfants et des familles de la {dept_name(dept, 'fr').lower()}, {title} prend sa retraite! "
                f"Un 5 à 7 aura lieu le {fmt_date(when, 'fr', 2)} à la salle Rose-Marie (2e étage). Une enveloppe circule pour un cadeau.\n\n"
                f"{closing(ctx, 'fr')}\n{org.given}")
    else:
        subj = ctx.choice([f'{who.full} is retiring', 'Farewell gathering – celebrating a great career!', 'Collection for a gift'])
        text = (f"{greet(ctx, 'en')}\n\nAfter {yrs} years with the children and families of {dept_name(dept, 'en')}, {title} is retiring! "
                f"A farewell gathering will take place on {fmt_date(when, 'en', 1)} in the Rose-Marie room (2nd floor). A card is circulating for a gift.\n\n"
                f"{closing(ctx, 'en')}\n{org.given}")
    return neg(ctx, lang, 'retirement_party', 'staff retirement announcement', staff_pair(org), [dept_pair(dept, lang)], subj, text, date=d)


def n_oncall(ctx, lang):
    d = ctx.msg_date()
    dept = ctx.choice(['neuro', 'endo', 'gi'])
    fr = lang == 'fr'
    sec = ctx.staff(dept, 'sec', 'F')
    mds = [ctx.staff(dept, dept) for _ in range(4)]
    month = ctx.future(d, 10, 30)
    lines = []
    for wk in range(4):
        m = mds[wk % 4]
        lines.append(f"{'Semaine' if fr else 'Week'} {wk + 1}: {dr(m, lang)} – {'téléavertisseur' if fr else 'pager'} {ctx.randint(1000, 1999)}")
    if fr:
        subj = f'Liste de garde – {dept_name(dept, "fr")} – {["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"][month.month - 1]}'
        text = (f"{greet(ctx, 'fr')}\n\nVoici la liste de garde du service. Pour les consultations urgentes (état de mal épileptique, acidocétose, "
                f"hémorragie digestive), passer par la téléphoniste.\n\n" + '\n'.join(lines) + f"\n\n{closing(ctx, 'fr')}\n{sec.full}")
    else:
        subj = f'On-call list – {dept_name(dept, "en")} – {month:%B}'
        text = (f"{greet(ctx, 'en')}\n\nHere is the department on-call list. For urgent consults (status epilepticus, DKA, GI bleed) go through "
                f"the switchboard.\n\n" + '\n'.join(lines) + f"\n\n{closing(ctx, 'en')}\n{sec.full}")
    return neg(ctx, lang, 'oncall_list', 'physician on-call roster with disease words', staff_pair(sec),
               [('Téléphonistes' if fr else 'Switchboard', f'standard@{HOSP_DOMAIN}')], subj, text, date=d)


def n_parking(ctx, lang):
    d = ctx.msg_date()
    fr = lang == 'fr'
    v = ctx.randint(0, 2)
    if fr:
        subj = ['Vignettes de stationnement 2026', 'Menu de la cafétéria – semaine thématique', 'Objets perdus'][v]
        body = ["Le renouvellement des vignettes de stationnement du personnel se fait en ligne jusqu'au 15 décembre. Les places réservées aux familles (P2) ne doivent pas être utilisées par le personnel.",
                "Cette semaine, la cafétéria propose un menu « cabane à sucre ». Des options sans arachides et sans gluten sont toujours offertes.",
                "Une tuque bleue, un cellulaire et une boîte à lunch ont été retrouvés au 3e étage. Réclamez-les à la sécurité (local 1.020)."][v]
        text = f"{greet(ctx, 'fr')}\n\n{body}\n\nServices auxiliaires"
    else:
        subj = ['2026 parking permits', 'Cafeteria menu – theme week', 'Lost and found'][v]
        body = ["Staff parking permit renewal is online until December 15. Family spaces (P2) must not be used by staff.",
                "This week the cafeteria offers a sugar-shack menu. Peanut-free and gluten-free options are always available.",
                "A blue toque, a cell phone and a lunch box were found on the 3rd floor. Claim them at Security (room 1.020)."][v]
        text = f"{greet(ctx, 'en')}\n\n{body}\n\nAuxiliary Services"
    return neg(ctx, lang, 'parking_cafeteria', 'parking / cafeteria / lost and found', ('Services auxiliaires', f'auxiliaires@{HOSP_DOMAIN}'),
               [('Tout le personnel' if fr else 'All staff', f'tous@{HOSP_DOMAIN}')], subj, text, date=d)


def n_staff_vcard(ctx, lang):
    d = ctx.msg_date()
    dept = ctx.choice(['neuro', 'endo', 'gi', 'dev'])
    md = ctx.staff(dept, dept if dept != 'dev' else 'dev')
    sec = ctx.staff(dept, 'sec', 'F')
    fr = lang == 'fr'
    vcf = make_vcf(md.given, md.surname, org=f'{HOSP[lang]};{dept_name(dept, lang)}',
                   title=('Dre ' if md.sex == 'F' else 'Dr ') + md.surname if fr else 'Dr. ' + md.surname,
                   phones=[('WORK', f'514-555-01{ctx.randint(10, 99)}'), ('FAX', f'514-555-01{ctx.randint(10, 99)}')],
                   emails=[md.email], note=('Clinique : épilepsie réfractaire, syndrome de Dravet' if dept == 'neuro' and fr else
                                            'Clinic: refractory epilepsy, Dravet syndrome' if dept == 'neuro' else
                                            'Clinique : diabète, croissance, puberté' if dept == 'endo' and fr else
                                            'Clinic: diabetes, growth, puberty' if dept == 'endo' else
                                            'Maladies inflammatoires de l\'intestin' if fr else 'Inflammatory bowel disease'))
    if fr:
        subj = ctx.choice([f'Coordonnées {dr(md, "fr")}', 'Nouvelle neurologue dans l\'équipe' if dept == 'neuro' else 'Nouveau membre de l\'équipe médicale'])
        text = (f"{greet(ctx, 'fr')}\n\nNous accueillons {dr(md, 'fr')} au sein du service. Vous trouverez sa carte de contact ci-jointe "
                f"pour les références des médecins de famille.\n\n{closing(ctx, 'fr')}\n{sec.full}")
    else:
        subj = ctx.choice([f'Contact details {dr(md, "en")}', 'New team member'])
        text = (f"{greet(ctx, 'en')}\n\nWe welcome {dr(md, 'en')} to the department. Attached is the contact card for family physicians' referrals.\n\n"
                f"{closing(ctx, 'en')}\n{sec.full}")
    return neg(ctx, lang, 'staff_vcard', "physician's professional vCard with specialty", staff_pair(sec),
               [('Médecins référents' if fr else 'Referring physicians', f'liste.referents@{HOSP_DOMAIN}')], subj, text,
               atts=[att_vcf(f'{md.given} {md.surname}.vcf', vcf)], date=d)


def n_staff_meeting_ics(ctx, lang):
    d = ctx.msg_date()
    dept = ctx.choice(CLIN)
    mgr = ctx.staff(dept, 'mgr')
    fr = lang == 'fr'
    when = datetime.datetime.combine(ctx.future(d, 3, 30), datetime.time(ctx.choice([8, 12, 13]), 0))
    summ = ctx.choice([f"Réunion d'équipe – {dept_name(dept, 'fr')}", 'Rencontre interdisciplinaire mensuelle', 'Lac-à-l\'épaule 2026'] if fr else
                      [f'Team meeting – {dept_name(dept, "en")}', 'Monthly interdisciplinary meeting', '2026 planning retreat'])
    desc = ("Ordre du jour : 1. Délais d'attente 2. Nouveau formulaire de référence 3. Varia" if fr else
            "Agenda: 1. Wait times 2. New referral form 3. Other business")
    members = [ctx.staff(dept) for _ in range(4)]
    ics = make_ics(f'{ctx.randint(10**8, 10**9)}@{HOSP_DOMAIN}', when, when + datetime.timedelta(hours=1), summ, desc,
                   'Salle 4.118 / Teams', organizer=(mgr.full, mgr.email), attendees=[(m.full, m.email) for m in members],
                   stamp=d.astimezone(datetime.timezone.utc).replace(tzinfo=None))
    text = (f"{summ}\n\n{desc}\n\n{mgr.full}" if ctx.chance(0.5) else ("Invitation à la réunion." if fr else "Meeting invitation."))
    return neg(ctx, lang, 'staff_meeting_ics', 'staff meeting invitation (ICS)', staff_pair(mgr),
               [staff_pair(m) for m in members], summ, text, atts=[att_ics('invite.ics', ics)], date=d)


TEMPLATES = [
    (n_hr_schedule, 5), (n_leave_approval, 4), (n_occ_health_employee, 4), (n_occ_health_campaign, 3),
    (n_payroll, 3), (n_job_posting, 5), (n_it_notice, 5), (n_it_phishing, 3), (n_facilities, 4),
    (n_retirement, 3), (n_oncall, 4), (n_parking, 3), (n_staff_vcard, 3), (n_staff_meeting_ics, 4),
]
