"""Negative templates, part 1: HR, schedules, occupational health, payroll, newsletters, invoices,
purchase orders, conferences, committees, job postings, IT, facilities."""
from gen_attach import make_pdf, make_docx, make_xlsx, make_zip, make_csv, make_ics
from gen_common import org, staff_member, phone, date_fr, date_en, hour, hour_en, dates, ROLES, ORGS, STAFF_SUR, STAFF_GIV
from gen_mime import Leaf
from gen_pos_base import Types, finish, role, yesno
from gen_pos3 import att
from gen_style import to_list

XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'


def _none():
    return Types()


def n_schedule(r, lang, ctx):
    o = org(r)
    s = staff_member(r, role(4))
    to = to_list(r, r.randint(2, 5), o[1])
    fr = lang == 'fr'
    staff = [staff_member(r) for _ in range(r.randint(5, 8))]
    days = ['lun', 'mar', 'mer', 'jeu', 'ven', 'sam', 'dim'] if fr else ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
    rows = [['Employé(e)' if fr else 'Employee'] + days]
    for st in staff:
        rows.append([st.full] + [r.choice(['J', 'S', 'N', '-', 'J', 'C']) for _ in days])
    kw = {}
    if yesno(r, 0.5):
        x = make_xlsx([('Horaire' if fr else 'Schedule', rows)], author=s.full)
        kw['attachments'] = [att(r, XLSX, x, r.choice(['horaire_P%d.xlsx' % r.randint(1, 13), 'Horaire USP période %d.xlsx' % r.randint(1, 13)])
                                  if fr else 'schedule_period_%d.xlsx' % r.randint(1, 13))]
        body = ('Voici l\'horaire de la prochaine période. J = jour, S = soir, N = nuit, C = congé. '
                'Il manque encore une infirmière de nuit le %s, avis aux intéressé(e)s.' % date_fr(r, 4)) if fr else \
            ('Next period schedule attached. D/E/N codes as usual. Still missing a night nurse on %s.' % date_en(r, 4))
    else:
        from gen_style import table_to_text
        body = (('Horaire de la semaine prochaine (J/S/N, C = congé) :\n\n%s\n\nÉchanges à approuver par l\'AIC.'
                 if fr else 'Next week\'s schedule (D/E/N, C = off):\n\n%s\n\nShift swaps need ANM approval.')
                % table_to_text(rows, r))
        kw['table'] = rows
    subj = r.choice(['Horaire prochaine période', 'Horaire USP – semaine du %s' % date_fr(r, 4), 'Quarts à combler']) if fr \
        else r.choice(['Schedule next period', 'Open shifts'])
    return finish(r, lang, 'staff_schedule', _none(), 'staff schedule', subj, body, o, s, to, **kw)


def n_leave(r, lang, ctx):
    o = org(r)
    emp = staff_member(r)
    mgr = staff_member(r, role(9))
    fr = lang == 'fr'
    if yesno(r):
        s, to = emp, [(mgr.full, mgr.email(o[1]))]
        body = (r.choice(['J\'aimerais faire une demande de congé du %s au %s (vacances annuelles). Mes quarts sont couverts par %s.',
                          'Est-ce possible de prendre un congé sans solde du %s au %s ? %s a accepté d\'échanger ses fins de semaine.'])
                % tuple(dates(r, lang, 7, 2) + [staff_member(r).given])) if fr else \
            ('I would like to request leave from %s to %s (annual vacation). %s will cover my shifts.'
             % tuple(dates(r, lang, 7, 2) + [staff_member(r).given]))
        subj = 'Demande de congé' if fr else 'Leave request'
    else:
        s, to = mgr, [(emp.full, emp.email(o[1]))]
        body = (('Ta demande de congé parental à compter du %s est approuvée. Les RH te contacteront pour le RQAP. '
                 'Félicitations encore!' if fr else
                 'Your parental leave starting %s is approved. HR will contact you about benefits. Congratulations again!')
                % (date_fr(r, 6) if fr else date_en(r, 6)))
        subj = 'Congé approuvé' if fr else 'Leave approved'
    return finish(r, lang, 'hr_leave', _none(), 'staff leave request/approval', subj, body, o, s, to,
                  to_name=to[0][0].split()[0])


def n_occ_health(r, lang, ctx):
    o = org(r)
    s = staff_member(r, ('infirmière, santé et sécurité au travail', 'occupational health nurse', False))
    emp = staff_member(r)
    fr = lang == 'fr'
    opts_fr = [
        ('Suivi post-exposition', 'Tel que convenu, ton suivi post-exposition (piqûre d\'aiguille du %s) est prévu le %s à %s '
         'au bureau de santé au travail. Les sérologies de base sont normales. Prévoir 15 minutes.'),
        ('Retour au travail progressif', 'Ton retour progressif est approuvé : 3 quarts/semaine pour 4 semaines à partir du %s, '
         'sans mobilisation de patients jusqu\'au %s. Prochaine rencontre le %s.'),
        ('Plan de retour au travail', 'Suite à ton arrêt pour hernie discale lombaire, le médecin désigné recommande un '
         'retour progressif à partir du %s, sans déplacement de patients jusqu\'au %s. Rencontre de suivi le %s.'),
        ('Vaccination antigrippale', 'Tu n\'as pas encore reçu ton vaccin antigrippal. La clinique employés est ouverte le %s, '
         'le %s et le %s au local B-214.'),
    ]
    opts_en = [
        ('Post-exposure follow-up', 'As agreed, your post-exposure follow-up (needlestick on %s) is on %s at %s '
         'at Occupational Health. Baseline serologies are normal.'),
        ('Return-to-work plan', 'Following your leave for a lumbar disc herniation, the designated physician recommends a '
         'gradual return from %s, no patient transfers until %s. Follow-up meeting on %s.'),
        ('Gradual return to work', 'Your gradual return is approved: 3 shifts/week for 4 weeks from %s, no patient '
         'transfers until %s. Next meeting %s.'),
    ]
    subj, tpl = r.choice(opts_fr if fr else opts_en)
    d = date_fr if fr else date_en
    ds = dates(r, lang, 4, 3)
    if 'à %s' in tpl or 'at %s' in tpl:
        body = tpl % (d(r, 3), ds[0], hour(r) if fr else hour_en(r))
    else:
        body = tpl % tuple(ds)
    return finish(r, lang, 'occupational_health', _none(), 'employee occupational health (staff, not patient)', subj,
                  body, o, s, [(emp.full, emp.email(o[1]))], to_name=emp.given)


def n_payroll(r, lang, ctx):
    o = org(r)
    s = staff_member(r, ('Service de la paie', 'Payroll', False))
    fr = lang == 'fr'
    body = r.choice([
        'Les relevés 1 et feuillets T4 sont disponibles dans le portail employé (Mon dossier > Documents fiscaux). '
        'Pour toute correction, remplissez le formulaire RH-112 avant le %s.',
        'Rappel : la prime de soins critiques sera versée sur la paie du %s. Les heures supplémentaires de la période '
        '%d apparaîtront sur la paie suivante.',
        'Changement de dépôt direct : soumettez un spécimen de chèque avant le %s pour la prochaine paie.']) if fr else \
        r.choice(['T4 slips are available in the employee portal. Corrections must be submitted by %s.',
                  'Reminder: the retention bonus will be paid on %s. Overtime from period %d appears on the next pay.'])
    n = body.count('%')
    args = [date_fr(r, 4) if fr else date_en(r, 4)] + ([r.randint(1, 13)] if n > 1 else [])
    body = body % tuple(args[:n])
    to = [('Tout le personnel' if fr else 'All staff', 'personnel@%s' % o[1])]
    subj = r.choice(['Paie – information', 'Relevés fiscaux disponibles', 'Rappel paie']) if fr else 'Payroll notice'
    return finish(r, lang, 'payroll', _none(), 'payroll notice', subj, body, o, s, to, greet=yesno(r))


NEWS_FR = [
    ('La dyspnée en fin de vie', 'Les opioïdes à faible dose demeurent le traitement de première ligne de la dyspnée réfractaire. '
     'L\'oxygène n\'apporte pas de bénéfice chez les patients non hypoxémiques ; un ventilateur dirigé vers le visage peut aider.'),
    ('Le délirium terminal', 'Le délirium touche jusqu\'à 85 % des patients dans les derniers jours. L\'halopéridol reste '
     'l\'option la plus étudiée ; la méthotriméprazine est utile en cas d\'agitation importante.'),
    ('SLA : nouvelles ressources', 'La Société de la SLA du Québec (fictive) lance un guide pour les proches aidants. '
     'Les patients atteints de SLA bénéficient d\'une discussion précoce sur la ventilation et l\'alimentation.'),
    ('Aide médicale à mourir : rappel des balises', 'Depuis l\'entrée en vigueur des demandes anticipées, le nombre de '
     'consultations auprès du GIS a augmenté de 22 %. Une formation est offerte aux nouveaux médecins évaluateurs.'),
    ('Témoignage', '« Merci à toute l\'équipe pour la douceur des derniers jours de ma mère. » Ce mot d\'une famille, reçu '
     'en février, a été affiché au poste avec son accord. Merci à vous tous.'),
    ('Soins de bouche', 'Des soins de bouche aux deux heures améliorent le confort ; évitez les bâtonnets citronnés qui assèchent les muqueuses.'),
]
NEWS_EN = [
    ('Dyspnea at end of life', 'Low-dose opioids remain first-line for refractory dyspnea. Oxygen does not help '
     'non-hypoxemic patients; a handheld fan may.'),
    ('Terminal delirium', 'Delirium affects up to 85% of patients in the last days of life. Haloperidol remains the best studied option.'),
    ('Grief and bereavement', 'About 10% of bereaved people develop prolonged grief disorder. Screening at 6 months is recommended.'),
]


def n_newsletter(r, lang, ctx):
    o = org(r)
    s = staff_member(r, ('Communications', 'Communications', False))
    fr = lang == 'fr'
    items = r.sample(NEWS_FR if fr else NEWS_EN, r.randint(2, 3))
    parts = ['%s\n%s\n%s' % (h.upper(), '-' * len(h), t) for h, t in items]
    editor = staff_member(r, role(9))
    if fr:
        text = ('BULLETIN DU RÉSEAU DE SOINS PALLIATIFS – %s\n\n%s\n\nÀ l\'agenda : conférence de %s sur la '
                'gestion de la douleur chez la personne âgée, %s à midi.\n\nPour vous désabonner, répondez « STOP ».\n'
                % (r.choice(['MARS 2025', 'PRINTEMPS 2025', 'NO 42']), '\n\n'.join(parts), editor.display(lang),
                   date_fr(r, 4)))
        subj = r.choice(['Bulletin soins palliatifs – mars', 'Infolettre du réseau', 'Le Phare – bulletin no %d' % r.randint(30, 60)])
    else:
        text = ('PALLIATIVE CARE NETWORK NEWSLETTER - %s\n\n%s\n\nComing up: %s on pain in older adults, %s at noon.\n'
                % (r.choice(['MARCH 2025', 'SPRING 2025']), '\n\n'.join(parts), editor.display(lang), date_en(r, 4)))
        subj = r.choice(['Palliative network newsletter', 'Newsletter - March'])
    to = [('Liste réseau' if fr else 'Network list', 'reseau-sp@listes.%s' % o[1])]
    return finish(r, lang, 'newsletter', _none(), 'newsletter about diseases and symptoms', subj, '', o, s, to,
                  raw_text=text, transport=r.choice(['html', 'alt']))


def n_invoice(r, lang, ctx):
    o = org(r)
    vend = r.choice([('Médi-Perfusion Inc. (fict.)', 'medi-perfusion.example'), ('Lits Confort-Plus ltée', 'confortplus.example'),
                     ('Distribution Pharma Nordique', 'pharma-nordique.example')])
    s = staff_member(r, ('Comptes recevables', 'Accounts receivable', False))
    fr = lang == 'fr'
    inv = 'F-%06d' % r.randint(100000, 999999)
    po = 'BC-%d-%05d' % (2025, r.randint(10000, 99999))
    items = [('Pompe ambulatoire CADD-Solis (location mensuelle)', 'Ambulatory infusion pump rental (monthly)', 185.00),
             ('Cassettes 100 mL, boîte de 10', '100 mL cassettes, box of 10', 312.50),
             ('Lit électrique – location', 'Electric bed rental', 240.00),
             ('Matelas à air alterné', 'Alternating air mattress', 410.00),
             ('Tubulures avec filtre, lot L%d' % r.randint(10000, 99999), 'Extension sets with filter, lot L%d' % r.randint(10000, 99999), 96.40)]
    chosen = r.sample(items, 3)
    lines = ['%s : %s   Bon de commande : %s' % ('Facture' if fr else 'Invoice', inv, po), '']
    tot = 0
    for a, b, p in chosen:
        q = r.randint(1, 6)
        lines.append('%-55s %2d x %8.2f $' % (a if fr else b, q, p))
        tot += q * p
    lines += ['', 'Sous-total : %.2f $' % tot if fr else 'Subtotal: %.2f $' % tot,
              'TPS 5 %% : %.2f $   TVQ 9,975 %% : %.2f $' % (tot * 0.05, tot * 0.09975),
              'N° TPS 81234 5678 RT0001 / N° TVQ 1234567890 TQ0001',
              'Payable net 30 jours' if fr else 'Net 30']
    pdf = make_pdf('FACTURE' if fr else 'INVOICE', lines, author=vend[0])
    body = (('Veuillez trouver ci-jointe la facture %s relative au bon de commande %s. Merci de votre confiance.'
             if fr else 'Please find attached invoice %s for purchase order %s.') % (inv, po))
    to = [('Comptes payables', 'comptes.payables@%s' % o[1])]
    return finish(r, lang, 'invoice', _none(), 'supplier invoice with PO and lot numbers', 'Facture %s' % inv if fr else 'Invoice %s' % inv,
                  body, o, s, to, from_addr='facturation@%s' % vend[1], from_name=vend[0],
                  attachments=[att(r, 'application/pdf', pdf, '%s.pdf' % inv)])


def n_purchase_order(r, lang, ctx):
    o = org(r)
    s = staff_member(r, ('agente d\'approvisionnement', 'procurement officer', False))
    fr = lang == 'fr'
    rows = [['Code', 'Description', 'Qté' if fr else 'Qty', 'Prix unitaire' if fr else 'Unit price']]
    catalog = [('Seringue 3 mL Luer-lock', '3 mL Luer-lock syringe'), ('Papillon SC 25G', 'SC butterfly 25G'),
               ('Pansement transparent 6x7', 'Transparent dressing 6x7'), ('Hydromorphone 10 mg/mL amp. 1 mL', 'Hydromorphone 10 mg/mL 1 mL amp'),
               ('Midazolam 5 mg/mL fiole 10 mL', 'Midazolam 5 mg/mL 10 mL vial'), ('Cassette CADD 50 mL', 'CADD cassette 50 mL'),
               ('Piqués jetables', 'Disposable underpads'), ('Gants nitrile M', 'Nitrile gloves M')]
    for a, b in r.sample(catalog, 5):
        rows.append(['%d-%04d' % (r.randint(100, 999), r.randint(0, 9999)), a if fr else b, r.randint(5, 200), round(r.uniform(0.1, 40), 2)])
    x = make_xlsx([('BC', rows)], author=s.full)
    po = 'BC-2025-%05d' % r.randint(10000, 99999)
    body = (('Bon de commande %s pour l\'USP ci-joint. Livraison au quai B avant le %s svp.' % (po, date_fr(r, 4))) if fr
            else 'Purchase order %s for the PCU attached. Deliver to dock B before %s.' % (po, date_en(r, 4)))
    to = [('Fournisseur', 'commandes@medi-perfusion.example')]
    return finish(r, lang, 'purchase_order', _none(), 'purchase order spreadsheet', po, body, o, s, to,
                  attachments=[att(r, XLSX, x, '%s.xlsx' % po)])


TALKS_FR = ['La méthadone comme analgésique : mythes et réalités', 'Sédation palliative continue : balises et cas difficiles',
            'Soins palliatifs en insuffisance cardiaque terminale', 'La SLA : anticiper les décisions de fin de vie',
            'Accompagner le deuil des enfants', 'Demandes anticipées d\'AMM et troubles neurocognitifs',
            'Gestion des plaies malignes', 'Communication : annoncer une mauvaise nouvelle']
TALKS_EN = ['Methadone for pain: myths and facts', 'Palliative care in end-stage COPD', 'Advance MAID requests and dementia',
            'Managing malignant bowel obstruction', 'Supporting grieving children', 'Serious illness conversations']


def n_conference(r, lang, ctx):
    o = org(r)
    s = staff_member(r, ('comité scientifique', 'scientific committee', False))
    fr = lang == 'fr'
    talks = r.sample(TALKS_FR if fr else TALKS_EN, 4)
    lines = []
    t0 = 8
    for i, t in enumerate(talks):
        sp = staff_member(r, role(r.choice([1, 9, 13, 3, 8])))
        lines.append('%dh%s  %s — %s, %s' % (t0 + i, r.choice(['00', '30']), t, sp.display(lang), sp.role_fr if fr else sp.role_en))
    prog = ('Programme – %s Congrès annuel en soins palliatifs' % r.choice(['12e', '15e', '20e'])) if fr else \
        'Program - Annual Palliative Care Conference'
    text_lines = [prog, 'Lieu : Centre des congrès de %s' % r.choice(['Lévis', 'Laval', 'Sherbrooke']) if fr else 'Venue: Convention Centre', ''] + lines
    kw = {}
    if yesno(r, 0.5):
        kw['attachments'] = [att(r, 'application/pdf', make_pdf(prog, text_lines[1:]), 'programme_congrès_2025.pdf' if fr else 'program_2025.pdf')]
        body = ('Le programme du congrès est maintenant disponible (voir PDF). Inscription avant le %s ; 6 h de formation reconnues.'
                % date_fr(r, 4)) if fr else ('The conference program is attached. Register by %s; 6 accredited hours.' % date_en(r, 4))
    else:
        body = '\n'.join(text_lines)
    subj = r.choice(['Programme du congrès 2025', 'Congrès SP – inscriptions ouvertes']) if fr else 'Conference program 2025'
    return finish(r, lang, 'conference_program', _none(), 'conference programme with speakers and topics', subj, body, o, s,
                  to_list(r, 3, o[1]), **kw)


def n_committee(r, lang, ctx):
    o = org(r)
    s = staff_member(r, role(r.choice([9, 12])))
    fr = lang == 'fr'
    name = r.choice([('Comité d\'éthique clinique', 'Clinical ethics committee'), ('Comité AMM / GIS', 'MAID committee'),
                     ('Comité de pharmacologie', 'Pharmacy and therapeutics committee'),
                     ('Comité qualité – soins palliatifs', 'Palliative quality committee')])[0 if fr else 1]
    agenda_fr = ['Adoption du procès-verbal', 'Révision de la politique sur la sédation palliative continue',
                 'Statistiques AMM du trimestre (données agrégées)', 'Formulaire de niveau de soins – nouvelle version',
                 'Varia']
    agenda_en = ['Approval of minutes', 'Palliative sedation policy review', 'Quarterly MAID statistics (aggregate)',
                 'New goals-of-care form', 'Other business']
    ag = agenda_fr if fr else agenda_en
    day = r.randint(17, 28)
    start = '202503%02dT120000' % day
    ics = make_ics('comite-%d@%s' % (day, o[1]), name, start, start[:9] + '133000', 'Salle 4.102 / Teams' if fr else 'Room 4.102 / Teams',
                   ('Ordre du jour : ' if fr else 'Agenda: ') + '; '.join(ag), (s.full, s.email(o[1])), to_list(r, 3, o[1]))
    body = (('Convocation – %s, le %d mars de 12 h à 13 h 30.\n\nOrdre du jour :\n' if fr else
             'Notice - %s, March %d, 12:00-13:30.\n\nAgenda:\n') % (name, day) +
            '\n'.join('%d. %s' % (i + 1, a) for i, a in enumerate(ag)) +
            (('\n\nLien Teams : ID de réunion %d %d %d' if fr else '\n\nTeams link: meeting ID %d %d %d')
             % (r.randint(100, 999), r.randint(100, 999), r.randint(100, 999))))
    cal = Leaf('text/calendar', ics, 'utf-8', r.choice(['8bit', 'base64']), filename='invite.ics', extra_params={'method': 'REQUEST'})
    return finish(r, lang, 'committee_notice', _none(), 'committee meeting notice with agenda', name, body, o, s,
                  to_list(r, 4, o[1]), attachments=[cal])


def n_job(r, lang, ctx):
    o = org(r)
    s = staff_member(r, ('Service de recrutement', 'Talent acquisition', False))
    fr = lang == 'fr'
    post = r.choice([('Infirmière clinicienne – soins palliatifs à domicile', 'Palliative home-care nurse'),
                     ('Travailleuse sociale – unité de soins palliatifs', 'Social worker - palliative unit'),
                     ('Pharmacien(ne) – soins palliatifs', 'Palliative care pharmacist'),
                     ('Préposé(e) aux bénéficiaires – maison de soins palliatifs', 'Personal support worker - hospice')])
    if fr:
        body = ('AFFICHAGE INTERNE #%d\n\nTitre : %s\nStatut : temps complet permanent, jour/soir\nPort d\'attache : %s\n\n'
                'Exigences : expérience en gestion de la douleur et des symptômes, évaluation de la détresse, accompagnement des '
                'familles en fin de vie. Connaissance de l\'anglais un atout.\n\nPostuler avant le %s via le portail carrière.'
                % (r.randint(2000, 9999), post[0], o[0], date_fr(r, 4)))
        subj = 'Affichage – %s' % post[0]
    else:
        body = ('INTERNAL POSTING #%d\n\nTitle: %s\nStatus: full-time permanent\nBase: %s\n\nRequirements: experience in pain and '
                'symptom management, family support at end of life. French required.\n\nApply by %s.'
                % (r.randint(2000, 9999), post[1], o[0], date_en(r, 4)))
        subj = 'Job posting - %s' % post[1]
    return finish(r, lang, 'job_posting', _none(), 'job posting', subj, body, o, s,
                  [('Tout le personnel' if fr else 'All staff', 'personnel@%s' % o[1])], greet=False)


def n_it(r, lang, ctx):
    o = org(r)
    s = staff_member(r, ('Centre de services TI', 'IT service desk', False))
    fr = lang == 'fr'
    d = date_fr(r, 4) if fr else date_en(r, 4)
    opts_fr = [
        ('Interruption planifiée DME', 'Une interruption planifiée du dossier médical électronique aura lieu le %s de 1 h à 4 h. '
         'Utilisez les formulaires papier de relève (FADM papier, notes d\'évolution) pendant l\'arrêt.' % d),
        ('ALERTE – hameçonnage', 'Des courriels prétendant venir de « RAMQ – Remboursement » circulent. Ne cliquez sur aucun '
         'lien et transférez le message à securite@%s.' % o[1]),
        ('Migration courriel', 'La migration des boîtes courriel vers le nouveau serveur se fera le %s. Redémarrez Outlook '
         'après 7 h. Les dossiers partagés de l\'USP seront inaccessibles pendant 30 minutes.' % d),
        ('Votre mot de passe expire bientôt', 'Votre mot de passe expire dans 5 jours. Changez-le via le portail libre-service. '
         'Billet #%d.' % r.randint(100000, 999999)),
        ('Tablettes SAD – mise à jour', 'Les tablettes des infirmières du SAD recevront une mise à jour obligatoire le %s. '
         'Branchez-les au Wi-Fi du CLSC avant de quitter.' % d),
    ]
    opts_en = [
        ('Scheduled EHR downtime', 'Scheduled EHR downtime on %s from 1 to 4 a.m. Use paper downtime forms.' % d),
        ('PHISHING ALERT', 'Messages claiming to be from "Health Insurance Refund" are circulating. Do not click; report to '
         'security@%s.' % o[1]),
        ('Password expiry', 'Your password expires in 5 days. Ticket #%d.' % r.randint(100000, 999999)),
        ('Home-care tablets update', 'Home-care nursing tablets get a mandatory update on %s. Connect them to Wi-Fi.' % d),
    ]
    subj, body = r.choice(opts_fr if fr else opts_en)
    return finish(r, lang, 'it_notice', _none(), 'IT notice', subj, body, o, s,
                  [('Tous les utilisateurs' if fr else 'All users', 'tous@%s' % o[1])], greet=yesno(r))


def n_facilities(r, lang, ctx):
    o = org(r)
    s = staff_member(r, ('Services techniques', 'Facilities', False))
    fr = lang == 'fr'
    if fr:
        body = r.choice(['Les chambres %d à %d de l\'USP seront repeintes du %s au %s. Merci de relocaliser le matériel.',
                         'L\'ascenseur B sera hors service le %s pour inspection annuelle. Le transport des civières se fera par l\'ascenseur C.',
                         'Coupure d\'eau chaude au 3e étage le %s entre 9 h et 11 h.',
                         'Le stationnement P2 sera fermé le %s pour le déneigement.'])
    else:
        body = r.choice(['PCU rooms %d to %d will be painted from %s to %s.',
                         'Elevator B out of service on %s for inspection.', 'Hot water shut-off on 3rd floor on %s, 9-11 a.m.'])
    n = body.count('%')
    d = date_fr if fr else date_en
    args = []
    if '%d' in body:
        a = r.randint(1, 10)
        args += [a, a + r.randint(2, 6)]
    for x in dates(r, lang, 4, n - len(args)):
        args.append(x)
    body = body % tuple(args)
    subj = r.choice(['Avis – services techniques', 'Travaux USP']) if fr else 'Facilities notice'
    return finish(r, lang, 'facilities', _none(), 'facilities notice', subj, body, o, s, to_list(r, 2, o[1]))
