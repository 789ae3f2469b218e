"""Negative templates, part 3: IT, facilities, committees, volunteers, public bereavement services,
fundraising, suppliers, accreditation and audits, forwarded notices, archives of policies."""
import datetime

from gen_base import ORGS, phone, fdate, luhn_serial
from gen_clin import DX
from gen_common import Staff, sig, greet, close, org_name, forward_block, quote_block
from gen_mime import Mail, Att
from gen_files import make_xlsx, make_pdf, make_docx, make_csv, make_ics, make_zip, make_vcf

XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
DOCX_CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'


def n_it(r, lang, when):
    ti = Staff(r, 'hopital', 'ti')
    fr = lang == 'fr'
    kind = r.choice(['dme', 'mdp', 'teams', 'phishing', 'vpn'])
    d = (when + datetime.timedelta(days=r.randint(1, 10))).date()
    if fr:
        txt = {'dme': 'Le dossier médical électronique (DME) et le module de pharmacie seront indisponibles le %s de 22 h à 2 h pour une mise à jour. '
                      'Utilisez les formulaires papier de contingence (armoire du poste) et saisissez les données au retour du système.' % fdate(d, 'fr', 'day'),
               'mdp': 'Votre mot de passe réseau expire dans 7 jours. Pour le changer : Ctrl+Alt+Suppr > Changer un mot de passe. '
                      'Exigences : 14 caractères minimum. Ne communiquez jamais votre mot de passe par courriel.',
               'teams': 'La migration des postes des infirmières à domicile vers Windows 11 et le nouveau client Teams aura lieu le %s. '
                        'Apportez votre portable au local TI entre 8 h et 16 h; prévoir 45 minutes.' % fdate(d, 'fr', 'day'),
               'phishing': 'Plusieurs employés ont reçu un courriel frauduleux « Mise à jour de votre dossier de paie ». Ne cliquez pas sur le '
                           'lien. Signalez-le avec le bouton « Signaler l\'hameçonnage » dans Outlook.',
               'vpn': 'Le certificat du VPN sera renouvelé le %s. Si vous êtes en télétravail ou en visites à domicile, redémarrez votre '
                      'portable sur le réseau interne avant cette date.' % fdate(d, 'fr')}[kind]
        subj = {'dme': 'Interruption planifiée – DME', 'mdp': 'Expiration de votre mot de passe', 'teams': 'Migration Windows 11 – portables SAD',
                'phishing': 'ALERTE – courriel frauduleux', 'vpn': 'Renouvellement du certificat VPN'}[kind]
    else:
        txt = {'dme': 'The electronic health record (EHR) and pharmacy module will be down on %s from 10 p.m. to 2 a.m. for an upgrade. '
                      'Use the paper downtime forms and back-enter data when the system returns.' % fdate(d, 'en', 'day'),
               'mdp': 'Your network password expires in 7 days. To change it: Ctrl+Alt+Del > Change a password. Minimum 14 characters. '
                      'Never send your password by e-mail.',
               'teams': 'Home care nurses\' laptops migrate to Windows 11 and the new Teams client on %s. Bring your laptop to the IT room '
                        'between 8 and 4; allow 45 minutes.' % fdate(d, 'en', 'day'),
               'phishing': 'Several employees received a fraudulent e-mail "Update your payroll file". Do not click the link. Report it with '
                           'the "Report phishing" button in Outlook.',
               'vpn': 'The VPN certificate will be renewed on %s. If you work remotely or on home visits, restart your laptop on the '
                      'internal network before then.' % fdate(d, 'en')}[kind]
        subj = {'dme': 'Planned downtime – EHR', 'mdp': 'Your password is expiring', 'teams': 'Windows 11 migration – home care laptops',
                'phishing': 'ALERT – phishing e-mail', 'vpn': 'VPN certificate renewal'}[kind]
    ticket = 'INC%07d' % r.randint(100000, 9999999)
    body = '%s\n\n%s\n\n%s %s\n\n%s' % (greet(lang, r), txt, 'Billet :' if fr else 'Ticket:', ticket, close(lang, r))
    m = Mail(lang, (('Centre de services TI' if fr else 'IT Service Desk'), 'servicedesk@hrve.example'),
             [('Tout le personnel' if fr else 'All staff', 'personnel@cisss-vde.example')], subj, body + '\n' + sig(ti, lang, r, 'card'), date=when)
    return m, 'IT notice (downtime, password, migration, phishing)'


def n_facilities(r, lang, when):
    a = Staff(r, 'maison', r.choice(['admin', 'dir']))
    fr = lang == 'fr'
    d = (when + datetime.timedelta(days=r.randint(1, 14))).date()
    if fr:
        txt = r.choice(['Travaux de déneigement du stationnement le %s entre 5 h et 8 h : merci de déplacer vos véhicules vers le lot B.' % fdate(d, 'fr', 'day'),
                        'L\'ascenseur de l\'aile Est sera en maintenance le %s. Les civières doivent passer par l\'entrée de service.' % fdate(d, 'fr', 'day'),
                        'La génératrice sera testée le %s à 10 h; une brève coupure de courant est possible. Les pompes sont sur batterie.' % fdate(d, 'fr', 'day'),
                        'Nouveau menu de la cafétéria à partir du %s; le salon des familles aura désormais une machine à café en libre-service.' % fdate(d, 'fr')])
        subj = r.choice(['Avis – travaux', 'Maintenance de l\'immeuble', 'Info bâtiment'])
    else:
        txt = r.choice(['Parking lot snow removal on %s, 5-8 a.m.: please move vehicles to lot B.' % fdate(d, 'en', 'day'),
                        'The east wing elevator is under maintenance on %s. Stretchers must use the service entrance.' % fdate(d, 'en', 'day'),
                        'Generator test on %s at 10 a.m.; a brief outage is possible. Pumps are on battery.' % fdate(d, 'en', 'day'),
                        'New cafeteria menu from %s; the family lounge now has a self-serve coffee machine.' % fdate(d, 'en')])
        subj = r.choice(['Notice – works', 'Building maintenance', 'Facilities update'])
    m = Mail(lang, a.na(), [('Personnel et bénévoles' if fr else 'Staff and volunteers', 'tous@havredespins.example')], subj,
             greet(lang, r) + '\n\n' + txt + '\n\n' + close(lang, r) + '\n' + sig(a, lang, r), date=when)
    return m, 'facilities notice'


def n_committee(r, lang, when):
    a = Staff(r, 'amm', r.choice(['amm', 'qualite', 'chef']))
    fr = lang == 'fr'
    kind = r.choice(['ethique', 'amm', 'admission', 'qualite'])
    d = (when + datetime.timedelta(days=r.randint(5, 21))).date()
    start = datetime.datetime.combine(d, datetime.time(12, 0))
    if fr:
        name = {'ethique': 'Comité d\'éthique clinique', 'amm': 'Groupe interdisciplinaire de soutien (GIS) en AMM',
                'admission': 'Comité d\'admission de la Maison', 'qualite': 'Comité qualité et gestion des risques'}[kind]
        agenda = ['Adoption de l\'ordre du jour et du procès-verbal', 'Bilan trimestriel (données agrégées)',
                  'Discussion d\'un cas anonymisé : refus de l\'hydratation artificielle' if kind == 'ethique' else 'Révision de la politique interne',
                  'Formation continue des membres', 'Varia']
        body = ('%s\n\nLa prochaine rencontre du %s aura lieu le %s de 12 h à 13 h 30 (salle du conseil et Teams).\n\nOrdre du jour :\n%s\n\n'
                'Les documents seront déposés dans le dossier partagé du comité.\n\n%s' % (
                    greet('fr', r), name, fdate(d, 'fr', 'day'), '\n'.join('%d. %s' % (i + 1, x) for i, x in enumerate(agenda)), close('fr', r)))
        subj = 'Convocation – %s' % name
    else:
        name = {'ethique': 'Clinical Ethics Committee', 'amm': 'MAID interdisciplinary support group', 'admission': 'Residence admission committee',
                'qualite': 'Quality and risk management committee'}[kind]
        agenda = ['Approval of agenda and minutes', 'Quarterly report (aggregated data)',
                  'Anonymised case discussion: refusal of artificial hydration' if kind == 'ethique' else 'Internal policy review',
                  'Members\' continuing education', 'Other business']
        body = ('%s\n\nThe next %s meeting is on %s, 12:00-1:30 (board room and Teams).\n\nAgenda:\n%s\n\nDocuments will be in the committee '
                'shared folder.\n\n%s' % (greet('en', r), name, fdate(d, 'en', 'day'), '\n'.join('%d. %s' % (i + 1, x) for i, x in enumerate(agenda)), close('en', r)))
        subj = 'Meeting notice – %s' % name
    members = [Staff(r, r.choice(['sad', 'maison', 'ecsp']), r.choice(['md_ecsp', 'inf_sad', 'ts', 'spirit', 'pharm'])) for _ in range(4)]
    atts = []
    if r.random() < 0.6:
        ics = make_ics('%x@cisss-vde.example' % r.getrandbits(48), start, start + datetime.timedelta(minutes=90), name,
                       'Ordre du jour joint.' if fr else 'Agenda attached.', 'Salle du conseil / Teams', (a.name(lang), a.email),
                       [(s.name(lang), s.email) for s in members])
        atts.append(Att('invitation.ics', 'text/calendar', text=ics, charset='utf-8'))
    m = Mail(lang, a.na(), [s.na() for s in members], subj, body + '\n' + sig(a, lang, r), date=when, atts=atts)
    return m, 'committee meeting notice with agenda'


def n_volunteers(r, lang, when):
    coord = Staff(r, 'benevole', 'benev')
    fr = lang == 'fr'
    vols = [r.choice(['Ginette', 'Raymond', 'Hélène', 'Bernard', 'Marjolaine', 'Paul', 'Suzie', 'Réjean', 'Colombe']) + ' ' +
            r.choice(['Beaudry', 'Lavallée', 'Morneau', 'Tessier', 'Gariépy', 'Hudon', 'Letarte']) for _ in range(6)]
    kind = r.choice(['horaire', 'formation', 'reconnaissance'])
    if kind == 'horaire':
        rows = [['Jour' if fr else 'Day', 'AM', 'PM', 'Soir' if fr else 'Evening']]
        days = ['Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi'] if fr else ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']
        for dname in days:
            rows.append([dname] + [r.choice(vols) for _ in range(3)])
        xl = make_xlsx([('Accueil' if fr else 'Front desk', rows)], author=coord.name(lang, False))
        atts = [Att('horaire_benevoles.xlsx' if fr else 'volunteer_schedule.xlsx', XLSX, xl)]
        txt = ('Voici l\'horaire de l\'accueil et du salon des familles pour le mois prochain. Merci de m\'aviser de toute absence.' if fr else
               'Here is next month\'s front desk and family lounge schedule. Please let me know of any absence.')
        subj = 'Horaire des bénévoles' if fr else 'Volunteer schedule'
    elif kind == 'formation':
        atts = []
        txt = ('Formation de base pour les nouveaux bénévoles : 3 samedis, de 9 h à 15 h. Contenu : philosophie des soins palliatifs, '
               'écoute active, confidentialité, reconnaître les signes de fin de vie, accompagner les familles endeuillées.' if fr else
               'Basic training for new volunteers: 3 Saturdays, 9 to 3. Content: palliative care philosophy, active listening, confidentiality, '
               'recognising signs of the end of life, supporting bereaved families.')
        subj = 'Formation des nouveaux bénévoles' if fr else 'New volunteer training'
    else:
        atts = []
        txt = (('Merci à nos bénévoles pour les %d heures données cette année! Soirée reconnaissance le %s. Mentions spéciales : %s et %s (10 ans).')
               % (r.randint(4000, 9000), fdate((when + datetime.timedelta(days=15)).date(), 'fr', 'day'), vols[0], vols[1]) if fr else
               ('Thank you to our volunteers for %d hours given this year! Recognition evening on %s. Special mention: %s and %s (10 years).')
               % (r.randint(4000, 9000), fdate((when + datetime.timedelta(days=15)).date(), 'en', 'day'), vols[0], vols[1]))
        subj = 'Soirée reconnaissance des bénévoles' if fr else 'Volunteer recognition evening'
    m = Mail(lang, coord.na(), [('Bénévoles' if fr else 'Volunteers', 'benevoles@havredespins.example')], subj,
             greet(lang, r) + '\n\n' + txt + '\n\n' + close(lang, r) + '\n' + sig(coord, lang, r), date=when, atts=atts)
    return m, 'volunteer schedule / training / recognition (volunteers named, no patients)'


def n_bereavement_group(r, lang, when):
    c = Staff(r, 'deuil', 'deuil')
    fr = lang == 'fr'
    d = (when + datetime.timedelta(days=r.randint(10, 40))).date()
    kind = r.choice(['groupe', 'ceremonie'])
    if fr:
        txt = ('Un nouveau groupe de soutien pour personnes endeuillées débutera le %s (8 rencontres, mercredis 19 h). Gratuit, ouvert à toute '
               'personne ayant perdu un proche, suivi ou non par nos services. Inscription : %s.' % (fdate(d, 'fr'), ORGS['deuil']['tel'])
               if kind == 'groupe' else
               'La cérémonie commémorative annuelle aura lieu le %s à 14 h, à la chapelle du Havre. Les familles des personnes décédées au cours '
               'de l\'année recevront une invitation par la poste. Merci de diffuser l\'affiche jointe.' % fdate(d, 'fr', 'day'))
        subj = 'Groupe de soutien au deuil – inscriptions' if kind == 'groupe' else 'Cérémonie commémorative annuelle'
    else:
        txt = ('A new bereavement support group starts %s (8 sessions, Wednesdays 7 p.m.). Free and open to anyone who lost a loved one, whether '
               'or not they were followed by our services. Registration: %s.' % (fdate(d, 'en'), ORGS['deuil']['tel']) if kind == 'groupe' else
               'The annual memorial service will be held on %s at 2 p.m. in the Havre chapel. Families of people who died during the year '
               'will receive an invitation by mail. Please share the attached poster.' % fdate(d, 'en', 'day'))
        subj = 'Bereavement support group – registration' if kind == 'groupe' else 'Annual memorial service'
    atts = []
    if kind == 'ceremonie':
        atts.append(Att('affiche.pdf' if fr else 'poster.pdf', 'application/pdf',
                        make_pdf(['**' + subj, fdate(d, lang), '', 'Musique, lecture des noms, lâcher de lanternes.' if fr else
                                  'Music, reading of names, lantern release.'], title=subj, compress=True)))
    m = Mail(lang, c.na(), [('Partenaires communautaires' if fr else 'Community partners', 'partenaires@havredespins.example')], subj,
             greet(lang, r) + '\n\n' + txt + '\n\n' + close(lang, r) + '\n' + sig(c, lang, r), date=when, atts=atts)
    return m, 'public bereavement group or memorial service announcement'


def n_fundraising(r, lang, when):
    a = Staff(r, 'fondation', r.choice(['commu', 'dir']))
    fr = lang == 'fr'
    goal = r.randint(150, 600) * 1000
    if fr:
        txt = ('La Fondation du Havre-des-Pins lance sa campagne annuelle : objectif %s $. Les dons financent les lits de la Maison, le programme '
               'de musicothérapie et le fonds d\'urgence pour les familles. Reçu fiscal pour tout don de 20 $ et plus. Numéro d\'organisme de '
               'bienfaisance : %s RR0001.\n\nTournoi de golf : %s.' % ('{:,}'.format(goal).replace(',', ' '), luhn_serial(r, 9),
                                                                     fdate((when + datetime.timedelta(days=60)).date(), 'fr', 'day')))
        subj = 'Campagne annuelle de la Fondation'
    else:
        txt = ('The Havre-des-Pins Foundation launches its annual campaign: goal ${:,}. Donations fund residence beds, the music therapy '
               'programme and the family emergency fund. Tax receipt for gifts of $20 or more. Charity number: %s RR0001.\n\nGolf tournament: %s.'
               .format(goal) % (luhn_serial(r, 9), fdate((when + datetime.timedelta(days=60)).date(), 'en', 'day')))
        subj = 'Foundation annual campaign'
    m = Mail(lang, a.na(), [('Donateurs' if fr else 'Donors', 'donateurs@havredespins.example')], subj,
             greet(lang, r) + '\n\n' + txt + '\n\n' + close(lang, r) + '\n' + sig(a, lang, r), date=when)
    return m, 'fundraising campaign; charity number'


def n_supplier_quote(r, lang, when):
    buyer = Staff(r, 'hopital', 'achat')
    fr = lang == 'fr'
    rep_g, rep_s = r.choice(['Jason', 'Mireille', 'Carlos', 'Tanya']), r.choice(['Whitfield', 'Ouellette-Ross', 'Medeiros', 'Kaur'])
    rep_mail = '%s.%s@medisupply.example' % (rep_g.lower(), rep_s.lower().replace('-', ''))
    q = 'Q-%d-%04d' % (when.year, r.randint(1, 9999))
    if fr:
        body = ('Bonjour %s,\n\nComme suite à votre demande, voici notre soumission %s pour 20 pompes ambulatoires SC-200 (perfusion SC continue), '
                'incluant 2 000 cassettes, la formation des infirmières et la garantie de 3 ans. Prix unitaire : 2 480 $. Délai de livraison : 6 semaines.\n\n'
                'Ma carte professionnelle est jointe.\n\nCordialement,\n%s %s\nReprésentante, MédiSupply' % (buyer.given, q, rep_g, rep_s))
        subj = 'Soumission %s – pompes SC-200' % q
    else:
        body = ('Hi %s,\n\nFurther to your request, here is quote %s for 20 SC-200 ambulatory pumps (continuous SC infusion), including 2,000 '
                'cassettes, nurse training and a 3-year warranty. Unit price: $2,480. Lead time: 6 weeks.\n\nMy business card is attached.\n\n'
                'Regards,\n%s %s\nAccount rep, MediSupply' % (buyer.given, q, rep_g, rep_s))
        subj = 'Quote %s – SC-200 pumps' % q
    vcf = make_vcf(rep_g, rep_s, tel=('WORK', '1 800 555-01%02d' % r.randint(0, 99)), email=rep_mail, org='MédiSupply inc.', title='Représentante')
    m = Mail(lang, ('%s %s' % (rep_g, rep_s), rep_mail), [buyer.na()], subj, body, date=when,
             atts=[Att('%s %s.vcf' % (rep_g, rep_s), 'text/x-vcard', text=vcf, charset='utf-8')])
    return m, 'supplier quote with sales rep vCard'


def n_audit(r, lang, when):
    q = Staff(r, 'sad', 'qualite')
    fr = lang == 'fr'
    vals = [r.randint(72, 99) for _ in range(5)]
    if fr:
        items = ['Évaluation de la douleur documentée à chaque visite', 'Niveau de soins inscrit au dossier', 'Directives médicales anticipées vérifiées',
                 'Plan d\'intervention interdisciplinaire à jour', 'Offre de suivi de deuil documentée']
        body = ('%s\n\nRésultats de l\'audit de dossiers du trimestre (échantillon aléatoire de %d dossiers, anonymisés) :\n\n%s\n\n'
                'Les résultats par équipe seront présentés au comité qualité. Merci pour votre rigueur!\n\n%s' % (
                    greet('fr', r), r.randint(30, 60), '\n'.join('- %s : %d %%' % (i, v) for i, v in zip(items, vals)), close('fr', r)))
        subj = 'Audit de dossiers – résultats'
    else:
        items = ['Pain assessment documented at each visit', 'Level of care recorded', 'Advance directives checked', 'Interdisciplinary care plan up to date',
                 'Bereavement follow-up offer documented']
        body = ('%s\n\nResults of this quarter\'s chart audit (random sample of %d anonymised charts):\n\n%s\n\nTeam-level results go to the quality '
                'committee. Thanks for your diligence!\n\n%s' % (greet('en', r), r.randint(30, 60), '\n'.join('- %s: %d%%' % (i, v) for i, v in zip(items, vals)),
                                                                 close('en', r)))
        subj = 'Chart audit – results'
    m = Mail(lang, q.na(), [('Équipe SAD' if fr else 'Home care team', 'equipe.sad@cisss-vde.example')], subj, body + '\n' + sig(q, lang, r), date=when)
    return m, 'aggregated chart-audit results'


def n_forwarded_notice(r, lang, when):
    """An inline forward or an attached .eml of a harmless notice."""
    a = Staff(r, 'sad', 'chef')
    b = Staff(r, 'sad', r.choice(['inf_sad', 'ts']))
    fr = lang == 'fr'
    orig_from = ('Ordre des infirmières et infirmiers', 'info@ordre-inf.example') if r.random() < 0.5 else \
        ('Réseau de soins palliatifs', 'nouvelles@reseau-sp.example')
    if fr:
        orig = ('Chers membres,\n\nLe nouveau guide de pratique sur la gestion des symptômes en fin de vie à domicile est maintenant en ligne. '
                'Il couvre la douleur, la dyspnée, le délirium, les râles terminaux et la détresse psychologique, ainsi que le rôle infirmier en AMM.\n\n'
                'Webinaire de présentation le %s à midi.' % fdate((when + datetime.timedelta(days=9)).date(), 'fr', 'day'))
        osubj = 'Nouveau guide de pratique – soins de fin de vie'
        top = r.choice(['À lire, on en parle à la prochaine réunion.', 'Pour info – intéressant pour le secteur.', 'FYI'])
    else:
        orig = ('Dear members,\n\nThe new practice guide on end-of-life symptom management at home is now online. It covers pain, dyspnoea, '
                'delirium, terminal secretions and psychological distress, and the nurse\'s role in MAID.\n\nLaunch webinar on %s at noon.'
                % fdate((when + datetime.timedelta(days=9)).date(), 'en', 'day'))
        osubj = 'New practice guide – end-of-life care'
        top = r.choice(['Worth a read, we will discuss at the next meeting.', 'FYI – relevant for the sector.', 'FYI'])
    sent = when - datetime.timedelta(days=1)
    if r.random() < 0.5:
        text = top + '\n' + sig(a, lang, r, 'short') + '\n\n' + forward_block(orig, lang, orig_from, sent, osubj, a.email)
        atts = []
    else:
        text = top + '\n' + sig(a, lang, r, 'short')
        inner = Mail(lang, orig_from, [(a.name(lang), a.email)], osubj, orig, date=sent)
        atts = [Att(r.choice(['%s.eml' % osubj, 'message.eml', None]), 'message/rfc822', msg=inner)]
    m = Mail(lang, a.na(), [b.na()], ('TR: ' if fr else 'FW: ') + osubj, text, date=when, atts=atts)
    return m, 'forward (inline or attached .eml) of a professional-order notice'


def n_policy_zip(r, lang, when):
    q = Staff(r, 'maison', 'qualite')
    fr = lang == 'fr'
    names = (['Politique_visites_familles.docx', 'Procedure_stupefiants.pdf', 'Politique_animaux_de_compagnie.docx'] if fr else
             ['Family_visits_policy.docx', 'Narcotics_procedure.pdf', 'Pet_visits_policy.docx'])
    members = []
    for n in names:
        title = n.rsplit('.', 1)[0].replace('_', ' ')
        if n.endswith('.docx'):
            members.append((n, make_docx([('h', title), ('p', 'Objet : encadrer la pratique à la Maison.' if fr else 'Purpose: guide practice at the residence.'),
                                          ('p', 'Approuvée par le comité de direction.' if fr else 'Approved by the management committee.')],
                                         author=q.name(lang, False))))
        else:
            members.append((n, make_pdf(['**' + title, 'Double signature requise pour tout gaspillage de stupéfiants.' if fr else
                                         'Two signatures required for any narcotic waste.'], title=title)))
    z = make_zip(members)
    body = ('%s\n\nVoici les politiques révisées (archive jointe) pour l\'agrément. Merci d\'en prendre connaissance d\'ici la fin du mois.\n\n%s' % (
        greet('fr', r), close('fr', r))) if fr else ('%s\n\nAttached are the revised policies for accreditation. Please review by month end.\n\n%s' % (
            greet('en', r), close('en', r)))
    m = Mail(lang, q.na(), [('Équipe Maison' if fr else 'Residence team', 'equipe@havredespins.example')],
             'Politiques révisées – agrément' if fr else 'Revised policies – accreditation', body + '\n' + sig(q, lang, r), date=when,
             atts=[Att('politiques_%d.zip' % when.year if fr else 'policies_%d.zip' % when.year, 'application/zip', z)])
    return m, 'ZIP archive of revised policies'


def n_birthdays(r, lang, when):
    a = Staff(r, 'maison', 'admin')
    fr = lang == 'fr'
    people = [Staff(r, 'maison', r.choice(['inf_maison', 'asi', 'benev', 'spirit', 'admin'])) for _ in range(4)]
    mon = when.month
    lines = ['- %s : %d %s' % (p.name(lang), r.randint(1, 28), ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre',
                                                                'octobre', 'novembre', 'décembre'][mon - 1]) if fr else
             '- %s: %s %d' % (p.name(lang), ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
                                             'November', 'December'][mon - 1], r.randint(1, 28)) for p in people]
    txt = ('Le comité social souligne les anniversaires du mois :\n%s\n\nGâteau au salon du personnel vendredi à 14 h 30!' % '\n'.join(lines)) if fr else \
        ('The social committee celebrates this month\'s birthdays:\n%s\n\nCake in the staff lounge Friday at 2:30!' % '\n'.join(lines))
    m = Mail(lang, a.na(), [('Équipe Maison' if fr else 'Residence team', 'equipe@havredespins.example')],
             'Anniversaires du mois' if fr else 'Birthdays this month', greet(lang, r) + '\n\n' + txt + '\n\n' + sig(a, lang, r, 'name'), date=when)
    return m, 'staff birthdays (day and month) from the social committee'


def n_nam_howto(r, lang, when):
    a = Staff(r, 'sad', 'archiviste')
    fr = lang == 'fr'
    if fr:
        txt = ('Rappel pour la saisie des demandes de service : le numéro d\'assurance maladie (NAM) comporte 4 lettres suivies de 8 chiffres '
               '(format XXXX 0000 0000). Les 3 premières lettres proviennent du nom de famille, la 4e du prénom; les chiffres encodent l\'année, '
               'le mois (+50 pour les femmes) et le jour de naissance. En cas de carte expirée, inscrire « en attente » et joindre la preuve de '
               'demande RAMQ. Ne jamais envoyer de NAM par courriel non chiffré.')
        subj = 'Rappel – saisie du NAM'
    else:
        txt = ('Reminder for service request entry: the RAMQ health insurance number has 4 letters followed by 8 digits (format XXXX 0000 0000). '
               'The first 3 letters come from the surname, the 4th from the given name; digits encode year, month (+50 for women) and day of birth. '
               'If the card has expired, enter "pending" and attach proof of the RAMQ application. Never send a health number by unencrypted e-mail.')
        subj = 'Reminder – entering the health number'
    m = Mail(lang, a.na(), [('Agentes administratives' if fr else 'Clerical staff', 'admin.sad@cisss-vde.example')], subj,
             greet(lang, r) + '\n\n' + txt + '\n\n' + close(lang, r) + '\n' + sig(a, lang, r), date=when)
    return m, 'how-to about the RAMQ number format with a placeholder only'


def n_cme_credits(r, lang, when):
    md = Staff(r, 'ecsp', 'md_ecsp')
    fr = lang == 'fr'
    lic = '%d-%05d' % (r.randint(1, 2), r.randint(10000, 99999))
    hrs = r.randint(8, 40)
    if fr:
        body = ('Bonjour,\n\nVeuillez trouver ci-joint mon attestation de participation (%d heures de développement professionnel continu) pour '
                'le congrès de soins palliatifs. Numéro de permis : %s.\n\nMerci,\n%s' % (hrs, lic, md.name('fr')))
        subj = 'Attestation DPC'
    else:
        body = ('Hello,\n\nAttached is my attendance certificate (%d CME hours) for the palliative care congress. Licence number: %s.\n\nThanks,\n%s'
                % (hrs, lic, md.name('en')))
        subj = 'CME certificate'
    pdf = make_pdf(['**' + ('Attestation de participation' if fr else 'Certificate of attendance'), md.name(lang), 'Permis / licence : ' + lic,
                    '%d h' % hrs], title='Attestation', compress=True)
    m = Mail(lang, md.na(), [('Direction des services professionnels' if fr else 'Professional services', 'dsp@hrve.example')], subj, body,
             date=when, atts=[Att('attestation_%s.pdf' % md.surname.replace("'", '') if fr else 'certificate_%s.pdf' % md.surname.replace("'", ''), 'application/pdf', pdf)])
    return m, 'physician CME certificate with licence number (staff)'


TEMPLATES = [n_it, n_facilities, n_committee, n_volunteers, n_bereavement_group, n_fundraising, n_supplier_quote, n_audit,
             n_forwarded_notice, n_policy_zip, n_birthdays, n_nam_howto, n_cme_credits]
