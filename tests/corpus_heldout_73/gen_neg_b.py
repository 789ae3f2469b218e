"""Negative builders, part B: staff, HR, schedules, committees, internal logistics."""
import datetime

from gen_attach import Att, make_csv, make_docx, make_ics, make_pdf, make_vcard, make_xlsx
from gen_common import (closing, earlier, envelope, greet, hdr_date, ldate, org, quote_block, signature, fr_date, en_date)
from gen_neg_a import neg
from gen_pos_a import DOCX, PDF, XLSX


def _team(ctx, n):
    seen, out = set(), []
    while len(out) < n:
        st = ctx.staff()
        if st.full() not in seen:
            seen.add(st.full())
            out.append(st)
    return out


# ---------------------------------------------------------------- staff schedule
def staff_schedule(ctx, i, lang):
    spec, s, r = envelope(ctx, 'dsp', 'clsc', lang)
    team = _team(ctx, 8)
    start = ctx.day()
    start -= datetime.timedelta(days=start.weekday())
    days = [start + datetime.timedelta(days=k) for k in range(5)]
    abbr = ['lun.', 'mar.', 'mer.', 'jeu.', 'ven.'] if lang == 'fr' else ['Mon', 'Tue', 'Wed', 'Thu', 'Fri']
    head = ['Employé(e)' if lang == 'fr' else 'Employee'] + [f'{abbr[k]} {d:%d/%m}' for k, d in enumerate(days)]
    rows = [head]
    for st in team:
        rows.append([st.full()] + [ctx.pick(['Clinique A', 'Clinique B', 'Domicile', 'Congé', 'Bureau', 'Formation', '—']) for _ in days])
    att = Att(f'horaire_semaine_{start:%Y-%m-%d}.xlsx' if lang == 'fr' else f'schedule_{start:%Y%m%d}.xlsx', XLSX,
              make_xlsx([('Horaire' if lang == 'fr' else 'Schedule', rows)]))
    if lang == 'fr':
        spec['subject'] = ctx.pick([f'Horaire des infirmières – semaine du {fr_date(start)}', 'Horaire vaccination – modifs', 'Nouvel horaire'])
        body = (f'{greet(ctx, lang)}\n\nVoici l’horaire de la semaine du {fr_date(start)}. {team[2].given} remplace {team[5].given} '
                'mercredi à la clinique B. Merci de me signaler tout conflit avant vendredi midi.\n\n' + closing(ctx, lang) + '\n\n' +
                signature(ctx, s, 'dsp', lang, role='Assistante au supérieur immédiat'))
    else:
        spec['subject'] = f'Nursing schedule – week of {en_date(start)}'
        body = f'{greet(ctx, lang)}\n\nSchedule attached. {team[2].given} covers for {team[5].given} on Wednesday.\n\n' + signature(ctx, s, 'dsp', lang)
    spec.update(text=body, atts=[att])
    return neg(spec, 'staff schedule')


# ---------------------------------------------------------------- leave requests
def leave_request(ctx, i, lang):
    spec, s, r = envelope(ctx, 'dsp', 'dsp', lang)
    d1 = ctx.day()
    d2 = d1 + datetime.timedelta(days=ctx.rng.randint(3, 14))
    kind = ctx.pick(['vacances', 'congé de maladie (certificat à suivre)', 'congé parental', 'congé pour obligations familiales', 'congé sans solde'])
    if lang == 'fr':
        spec['subject'] = ctx.pick([f'Demande de congé – {fr_date(d1)} au {fr_date(d2)}', 'Absence – semaine prochaine', 'Congé à autoriser'])
        body = (f'{greet(ctx, lang, r)}\n\nJe souhaiterais prendre un {kind} du {fr_date(d1)} au {fr_date(d2)} inclusivement. '
                f'{ctx.staff().given} a accepté de couvrir mes suivis de TB latente et mes dossiers de vigie durant cette période. '
                'Ma banque de vacances est à jour.\n\n' + closing(ctx, lang) + '\n\n' + signature(ctx, s, 'dsp', lang))
    else:
        spec['subject'] = f'Leave request – {en_date(d1)} to {en_date(d2)}'
        body = (f'{greet(ctx, lang, r)}\n\nI would like to request leave from {en_date(d1)} to {en_date(d2)}. '
                f'{ctx.staff().given} will cover my STI follow-ups.\n\n' + signature(ctx, s, 'dsp', lang))
    spec['text'] = body
    return neg(spec, 'employee leave request')


# ---------------------------------------------------------------- employee occupational health
def occ_health(ctx, i, lang):
    spec, s, r = envelope(ctx, 'ciusss', 'dsp', lang)
    team = _team(ctx, 5)
    k = i % 4
    if k == 0:
        spec['subject'] = 'Dépistage TB annuel du personnel – équipe clinique' if lang == 'fr' else 'Annual staff TB screening'
        rows = '\n'.join(f'- {t.full()} : {ctx.pick(["fait (0 mm)", "fait (0 mm)", "à faire", "IGRA négatif"])}' for t in team)
        body = (f'{greet(ctx, lang)}\n\n' + ('Voici le suivi du dépistage annuel de la tuberculose pour les employés exposés de votre équipe '
                                             '(programme de santé au travail) :' if lang == 'fr' else 'Staff TB screening status for your team:') +
                f'\n\n{rows}\n\n' + ('Merci de rappeler aux retardataires de prendre rendez-vous au bureau de santé.' if lang == 'fr' else 'Please remind those pending.') +
                '\n\n' + signature(ctx, s, 'ciusss', lang, role='Infirmière – Santé et sécurité au travail' if lang == 'fr' else 'Occupational Health Nurse'))
    elif k == 1:
        spec['subject'] = 'Vaccination antigrippale du personnel – taux par service'
        body = (f'{greet(ctx, lang)}\n\nTaux de vaccination antigrippale du personnel au {fr_date(spec["date"].date())} : DSP 68 %, CLSC 54 %, '
                f'CHSLD 47 %. Les employés non vaccinés qui travaillent en zone d’éclosion doivent porter le masque en tout temps.\n\n'
                f'Cliniques internes : mardi et jeudi, local 2.114. Infirmière responsable : {team[0].full()}.\n\n' + signature(ctx, s, 'ciusss', lang))
    elif k == 2:
        spec['subject'] = 'Retour au travail – employée' if lang == 'fr' else 'Return to work'
        body = (f'{greet(ctx, lang, r)}\n\n' + (f'Le bureau de santé confirme que {team[1].full()} peut reprendre le travail lundi, '
                                                'sans restriction, suite à son absence (COVID-19). Aucune autre information médicale ne sera transmise au gestionnaire.'
                                                if lang == 'fr' else f'Occupational health confirms {team[1].full()} is fit to return Monday without restrictions.') +
                '\n\n' + signature(ctx, s, 'ciusss', lang, role='Conseillère en gestion de l’invalidité'))
    else:
        spec['subject'] = 'Exposition au sang – procédure employé (rappel)' if lang == 'fr' else 'Needlestick – staff procedure reminder'
        body = (f'{greet(ctx, lang)}\n\n' + (f'Suite à la piqûre accidentelle survenue à une employée de l’équipe de proximité hier, rappel de la '
                                             'procédure : laver, déclarer au supérieur (formulaire AT), consulter à l’urgence dans les 2 h pour '
                                             'évaluation de la PPE VIH. La personne concernée est suivie par le bureau de santé. '
                                             f'Responsable SST : {team[2].full()}.' if lang == 'fr' else 'After yesterday\'s staff needlestick, a reminder of the procedure: wash, report, go to ED within 2 h.') +
                '\n\n' + signature(ctx, s, 'ciusss', lang))
    spec['text'] = body
    return neg(spec, 'employee occupational health (staff, not patients)')


# ---------------------------------------------------------------- payroll
def payroll(ctx, i, lang):
    spec, s, r = envelope(ctx, 'ciusss', 'dsp', lang)
    spec['to'] = [('Tout le personnel', 'tout.personnel@dsp-coteboisee.example')]
    d = ctx.day()
    if lang == 'fr':
        spec['subject'] = ctx.pick(['Paie – date limite de saisie des feuilles de temps', 'Rétroactivité salariale – versement', 'Relevés 1 et T4 disponibles'])
        body = (f'{greet(ctx, lang)}\n\nLa saisie des feuilles de temps pour la période {ctx.rng.randint(1, 26)} doit être complétée au plus '
                f'tard le {fr_date(d)} à 12 h. Le versement de la rétroactivité (1,5 %) apparaîtra sur la paie du {fr_date(d + datetime.timedelta(days=14))}. '
                'Les relevés fiscaux sont disponibles dans le portail employé (numéro d’employé et NIP requis).\n\n' +
                signature(ctx, s, 'ciusss', lang, role='Technicienne en rémunération'))
    else:
        spec['subject'] = 'Payroll – timesheet deadline'
        body = f'{greet(ctx, lang)}\n\nTimesheets for this pay period are due {en_date(d)} at noon.\n\n' + signature(ctx, s, 'ciusss', lang, role='Payroll')
    spec['text'] = body
    return neg(spec, 'payroll notice')


# ---------------------------------------------------------------- job postings
def job_posting(ctx, i, lang):
    spec, s, r = envelope(ctx, 'ciusss', 'dsp', lang)
    spec['to'] = [('Liste de distribution – Affichages', 'affichages@ciusss-hrv.example')]
    job = ctx.pick(['Infirmière clinicienne – Équipe ITSS (poste permanent, temps complet)', 'Agente de planification – Surveillance',
                    'Infirmière – Clinique santé-voyage (temps partiel)', 'Intervenant(e) de proximité – SCS (soirs)', 'Épidémiologiste – Vigie'])
    no = f'{ctx.pick(["DSP", "CLSC", "SCS"])}-{spec["date"].year}-{ctx.rng.randint(100, 999)}'
    if lang == 'fr':
        spec['subject'] = f'Affichage interne {no} – {job}'
        body = (f'AFFICHAGE INTERNE {no}\n\nTitre : {job}\nLieu : {org(ctx.pick(["dsp", "clsc", "scs"]))[0]}\n'
                'Exigences : baccalauréat en sciences infirmières, membre de l’OIIQ; expérience en maladies infectieuses, '
                'vaccination ou réduction des méfaits un atout.\nResponsabilités : enquêtes épidémiologiques, IPPAP, suivi des contacts TB, '
                'cliniques de vaccination.\nSalaire : selon la convention collective (échelons 1 à 18).\n'
                f'Période d’affichage : jusqu’au {fr_date(spec["date"].date() + datetime.timedelta(days=14))}.\n\n'
                f'Pour postuler : {s.addr(org("ciusss")[1])}\n')
    else:
        spec['subject'] = f'Job posting {no} – Public health nurse'
        body = (f'INTERNAL POSTING {no}\n\nPublic Health Nurse – communicable diseases. Requirements: BScN, OIIQ licence, '
                'experience in outbreak management an asset.\n\nApply: ' + s.addr(org('ciusss')[1]) + '\n')
    spec['text'] = body
    return neg(spec, 'job posting')


# ---------------------------------------------------------------- committee notice (with ICS)
def committee_notice(ctx, i, lang):
    spec, s, r = envelope(ctx, 'dsp', 'ciusss', lang)
    team = _team(ctx, 4)
    d = ctx.day()
    start = datetime.datetime.combine(d, datetime.time(ctx.pick([9, 10, 13, 14]), 0))
    cname = ctx.pick(['Comité régional de prévention et contrôle des infections', 'Table régionale en maladies infectieuses',
                      'Comité de vigie des ITSS', 'Comité immunisation'])
    if lang == 'fr':
        spec['subject'] = f'Convocation – {cname} – {fr_date(d)}'
        agenda = ['Adoption de l’ordre du jour', 'Suivi du procès-verbal', 'Bilan de la saison grippale', 'Éclosions en cours (données agrégées)',
                  'Plan de rattrapage vaccinal RRO', 'Varia']
        body = (f'{greet(ctx, lang)}\n\nVous êtes convoqués à la rencontre du {cname}, le {fr_date(d, True)} à {start:%H} h, salle 3.201 '
                'ou par Teams.\n\nOrdre du jour :\n' + '\n'.join(f'{k}. {a}' for k, a in enumerate(agenda, 1)) +
                '\n\n' + closing(ctx, lang) + '\n\n' + signature(ctx, s, 'dsp', lang, role='Secrétaire de direction'))
    else:
        spec['subject'] = f'Meeting notice – {cname}'
        body = f'{greet(ctx, lang)}\n\nThe committee will meet on {en_date(d, True)} at {start:%H}:00, room 3.201 or Teams.\n\n' + signature(ctx, s, 'dsp', lang)
    ics = make_ics(f'{ctx.rng.getrandbits(64):016x}@dsp', start, start + datetime.timedelta(hours=2), cname,
                   'Ordre du jour en pièce jointe. Lien Teams : https://teams.example/meet/' + f'{ctx.rng.getrandbits(40):010x}',
                   'Salle 3.201 / Teams', (s.full(), s.addr(org('dsp')[1])), [(t.full(), t.addr(org('ciusss')[1])) for t in team])
    spec.update(text=body, atts=[Att('invitation.ics', 'text/calendar', ics, charset='utf-8; method=REQUEST')])
    return neg(spec, 'committee meeting notice with calendar invitation')


# ---------------------------------------------------------------- minutes
def minutes(ctx, i, lang):
    spec, s, r = envelope(ctx, 'dsp', 'ciusss', lang)
    team = _team(ctx, 6)
    paras = ['Présences : ' + ', '.join(t.full() for t in team), '',
             '1. Bilan des éclosions : 4 éclosions de COVID-19 et 2 de gastro-entérite en CHSLD depuis la dernière rencontre; toutes fermées.',
             '2. Tuberculose : 7 cas actifs en suivi dans la région; 2 enquêtes de contacts en cours en milieu de travail.',
             '3. Syphilis : hausse de 22 % par rapport à l’an dernier, principalement chez les HARSAH de 25-44 ans.',
             '4. Vaccination scolaire : couverture VPH de 81 % en 4e année.',
             f'Prochaine rencontre : {fr_date(ctx.day())}.']
    att = Att(ctx.pick(['PV_table_regionale.docx', 'Procès-verbal.docx']), DOCX, make_docx('Procès-verbal – Table régionale en maladies infectieuses', paras, author=s.full()))
    spec['subject'] = 'Procès-verbal de la dernière rencontre' if lang == 'fr' else 'Minutes of last meeting'
    spec['text'] = (f'{greet(ctx, lang)}\n\n' + ('Vous trouverez ci-joint le procès-verbal pour adoption.' if lang == 'fr' else 'Minutes attached for approval.') +
                    '\n\n' + signature(ctx, s, 'dsp', lang))
    spec['atts'] = [att]
    return neg(spec, 'meeting minutes with aggregate figures')


# ---------------------------------------------------------------- training registration
def training(ctx, i, lang):
    spec, s, r = envelope(ctx, 'ciusss', 'dsp', lang)
    team = _team(ctx, ctx.rng.randint(5, 10))
    course = ctx.pick(['Administration de la naloxone', 'Counseling prétest et post-test ITSS', 'Lecture du TCT (atelier pratique)',
                       'Protocole d’immunisation du Québec – mise à jour', 'Gestion des MCI en clinique de vaccination'])
    rows = [['Nom', 'Titre d’emploi', 'Service', 'Présence']] + [[t.full(), ctx.pick(['Infirmière', 'Infirmier auxiliaire', 'Intervenant', 'Agente adm.']),
                                                                  ctx.pick(['DSP', 'CLSC', 'SCS']), ctx.pick(['oui', 'oui', 'absent'])] for t in team]
    if lang == 'fr':
        spec['subject'] = f'Formation « {course} » – liste des inscrits'
        body = (f'{greet(ctx, lang)}\n\nVoici la liste des personnes inscrites à la formation « {course} » du {fr_date(ctx.day())}. '
                'Les attestations (2 h de formation continue) seront envoyées par courriel.\n\n' + signature(ctx, s, 'ciusss', lang, role='Conseillère en formation'))
    else:
        spec['subject'] = 'Training attendance list'
        body = f'{greet(ctx, lang)}\n\nAttendance list for the naloxone training attached.\n\n' + signature(ctx, s, 'ciusss', lang)
    spec.update(text=body, atts=[Att('inscriptions.csv', 'text/csv', make_csv(rows, encoding='cp1252'), charset='windows-1252')])
    return neg(spec, 'staff training attendance list')


# ---------------------------------------------------------------- staff vCard
def staff_vcard(ctx, i, lang):
    spec, s, r = envelope(ctx, 'dsp', 'clsc', lang)
    st = ctx.staff()
    title = ctx.pick(['Coordonnatrice – Programme ITSS', 'Infirmier-chef – Équipe TB', 'Médecin-conseil – Santé environnementale'])
    from gen_common import gender_role
    title = gender_role(title, st.sex)
    vc = make_vcard(st.full(), st.surname, st.given, tel=ctx.phone(), email=st.addr(org('dsp')[1]), org=org('dsp')[0], title=title,
                    note='Bureau 2.117 – présent lundi au jeudi')
    spec['subject'] = 'Nouvelle personne-ressource' if lang == 'fr' else 'New contact person'
    spec['text'] = (f'{greet(ctx, lang)}\n\n' + (f'{st.full()} est notre nouvelle personne-ressource ({title}). Sa carte de visite est jointe.'
                                                 if lang == 'fr' else f'{st.full()} is our new contact ({title}). Card attached.') +
                    '\n\n' + signature(ctx, s, 'dsp', lang))
    spec['atts'] = [Att(f'{st.full()}.vcf', 'text/x-vcard', vc, charset='utf-8')]
    return neg(spec, 'vCard of a staff member')


# ---------------------------------------------------------------- retirement / social
def social_event(ctx, i, lang):
    spec, s, r = envelope(ctx, 'dsp', 'dsp', lang)
    spec['to'] = [('Tout le personnel DSP', 'tous.dsp@dsp-coteboisee.example')]
    st = ctx.staff()
    yrs = ctx.rng.randint(25, 38)
    if lang == 'fr':
        spec['subject'] = ctx.pick([f'Départ à la retraite de {st.full()} !', '5 à 7 – on souligne un départ', 'Collecte pour un cadeau'])
        body = (f'{greet(ctx, lang)}\n\nAprès {yrs} ans à la DSP, dont 15 à l’équipe tuberculose, {st.full()} prend sa retraite ! '
                'Un 5 à 7 aura lieu jeudi au Pub du Vieux-Moulin. Une enveloppe circule pour le cadeau (bureau 3.105).\n\n'
                'Venez en grand nombre !\n\n' + signature(ctx, s, 'dsp', lang, short=True))
    else:
        spec['subject'] = f'Retirement party for {st.full()}'
        body = f'{greet(ctx, lang)}\n\nAfter {yrs} years, {st.full()} is retiring! Join us Thursday at 5 pm.\n\n' + signature(ctx, s, 'dsp', lang, short=True)
    spec['text'] = body
    return neg(spec, 'staff social event')


# ---------------------------------------------------------------- onboarding
def onboarding(ctx, i, lang):
    spec, s, r = envelope(ctx, 'dsp', 'dsp', lang)
    st = ctx.staff()
    d = ctx.day()
    if lang == 'fr':
        spec['subject'] = f'Accueil de {st.full()} – {fr_date(d)}'
        body = (f'{greet(ctx, lang, r)}\n\n{st.full()} se joint à l’équipe Maladies infectieuses le {fr_date(d, True)}. Programme de la première semaine :\n'
                '- Lundi : accueil RH, accès informatiques (système de vigie, dossier patient électronique), carte d’employé\n'
                '- Mardi : jumelage avec l’équipe ITSS\n- Mercredi : formation confidentialité et sécurité de l’information\n'
                '- Jeudi-vendredi : observation de la garde MI\n\nMerci de lui réserver le poste 2.09.\n\n' + signature(ctx, s, 'dsp', lang))
    else:
        spec['subject'] = f'Welcome {st.full()}'
        body = f'{greet(ctx, lang, r)}\n\n{st.full()} starts on {en_date(d)}. Please set up accounts and a desk.\n\n' + signature(ctx, s, 'dsp', lang)
    spec['text'] = body
    return neg(spec, 'new employee onboarding')


# ---------------------------------------------------------------- on-call roster (staff)
def oncall_roster(ctx, i, lang):
    spec, s, r = envelope(ctx, 'dsp', 'hosp', lang)
    team = _team(ctx, 5)
    d = ctx.day()
    rows = [['Date', 'Médecin de garde', 'Infirmière de garde', 'Cellulaire de garde']]
    for k in range(7):
        md = team[k % 2]
        rows.append([(d + datetime.timedelta(days=k)).isoformat(), ('Dre ' if md.sex == 'F' else 'Dr ') + md.full(), team[2 + k % 3].full(), ctx.phone()])
    if lang == 'fr':
        spec['subject'] = f'Garde en maladies infectieuses – semaine du {fr_date(d)}'
        body = (f'{greet(ctx, lang)}\n\nVoici la liste de garde de la santé publique (MADO urgentes, expositions, éclosions). '
                'Pour toute MADO urgente hors des heures, joindre le cellulaire de garde.\n\n' +
                '\n'.join(' | '.join(r_) for r_ in rows) + '\n\n' + signature(ctx, s, 'dsp', lang))
    else:
        spec['subject'] = 'Public health on-call roster'
        body = f'{greet(ctx, lang)}\n\nOn-call roster:\n\n' + '\n'.join(' | '.join(r_) for r_ in rows) + '\n\n' + signature(ctx, s, 'dsp', lang)
    spec['text'] = body
    return neg(spec, 'on-call roster of staff with work cell numbers')


# ---------------------------------------------------------------- volunteers for mass vaccination
def volunteers(ctx, i, lang):
    spec, s, r = envelope(ctx, 'ciusss', 'dsp', lang)
    spec['to'] = [('Tout le personnel', 'tout.personnel@ciusss-hrv.example')]
    if lang == 'fr':
        spec['subject'] = 'Appel de volontaires – clinique de vaccination de masse'
        body = (f'{greet(ctx, lang)}\n\nNous recherchons des infirmières, infirmières auxiliaires et agents administratifs pour la clinique de '
                'vaccination de masse (rougeole) au Centre communautaire les 12 et 13. Les heures sont rémunérées au taux habituel. '
                'Inscription dans le formulaire partagé avant mercredi.\n\n' + signature(ctx, s, 'ciusss', lang))
    else:
        spec['subject'] = 'Call for volunteers – mass vaccination clinic'
        body = f'{greet(ctx, lang)}\n\nWe need nurses and clerks for the measles catch-up clinic on the 12th and 13th.\n\n' + signature(ctx, s, 'ciusss', lang)
    spec['text'] = body
    return neg(spec, 'call for staff volunteers')


# ---------------------------------------------------------------- logistics reply chain
def logistics_thread(ctx, i, lang):
    spec, s, r = envelope(ctx, 'clsc', 'dsp', lang)
    d0 = earlier(ctx, spec['date'], (2, 30))
    d = ctx.day()
    if lang == 'fr':
        first = (f'Bonjour {s.given},\n\nPour la clinique de vaccination scolaire du {fr_date(d)}, il nous faudrait 3 glacières, '
                 '2 trousses d’anaphylaxie complètes (épinéphrine 1 mg/mL, vérifier les dates d’expiration) et 400 seringues 25G 1". '
                 'Est-ce que le CLSC peut fournir le local de récupération ?\n\n' + signature(ctx, r, 'dsp', lang))
        spec['subject'] = ctx.pick(['RE: Matériel – clinique scolaire', 'RE: RE: logistique vaccination', 'Re: glacières'])
        spec['text'] = ('Oui, le local 104 est réservé de 8 h à 16 h. Les trousses seront prêtes la veille.\n\n' + s.given + '\n\n' +
                        quote_block(ctx, lang, (r.full(), r.addr(org('dsp')[1])), d0, 'Matériel – clinique scolaire', first))
    else:
        first = (f'Hi {s.given},\n\nFor the school clinic on {en_date(d)} we need 3 coolers, 2 anaphylaxis kits and 400 syringes. '
                 'Can the CLSC provide a recovery room?\n\n' + signature(ctx, r, 'dsp', lang))
        spec['subject'] = 'RE: Supplies – school clinic'
        spec['text'] = 'Yes, room 104 is booked 8–4.\n\n' + s.given + '\n\n' + quote_block(ctx, lang, (r.full(), r.addr(org('dsp')[1])), d0, 'Supplies – school clinic', first)
    spec['to'] = [(r.full(), r.addr(org('dsp')[1]))]
    spec['headers'] = [('In-Reply-To', f'<{ctx.rng.getrandbits(60):015x}@dsp-coteboisee.example>')]
    return neg(spec, 'logistics reply chain for a vaccination clinic')


# ---------------------------------------------------------------- expense claims
def expense_claim(ctx, i, lang):
    spec, s, r = envelope(ctx, 'dsp', 'ciusss', lang)
    km = ctx.rng.randint(40, 620)
    rows = [['Date', 'Trajet', 'Km', 'Montant']] + [[ctx.day().isoformat(), ctx.pick(['DSP → CLSC des Érables', 'DSP → CHSLD Saint-Aubin',
                                                                                    'Visites TOD (secteur nord)', 'DSP → École des Pionniers']),
                                                     k := ctx.rng.randint(10, 90), f'{k * 0.55:.2f} $'] for _ in range(4)]
    spec['subject'] = ctx.pick(['Compte de dépenses – kilométrage', 'Réclamation de frais de déplacement']) if lang == 'fr' else 'Mileage claim'
    spec['text'] = (f'{greet(ctx, lang, r)}\n\n' + (f'Ci-joint ma réclamation de kilométrage pour le mois ({km} km au total). Les reçus de stationnement '
                                                    'sont numérisés.' if lang == 'fr' else f'Attached is my mileage claim ({km} km).') +
                    '\n\n' + signature(ctx, s, 'dsp', lang))
    spec['atts'] = [Att('frais_déplacement.xlsx' if lang == 'fr' else 'mileage.xlsx', XLSX, make_xlsx([('Frais', rows)]))]
    return neg(spec, 'staff expense claim')


# ---------------------------------------------------------------- vaccine allocation
def vaccine_allocation(ctx, i, lang):
    spec, s, r = envelope(ctx, 'dsp', 'clsc', lang)
    rows = [['Point de service', 'Influenza', 'COVID-19', 'Pneumocoque', 'Zona', 'VRS']] + \
           [[p, ctx.rng.randint(50, 1500), ctx.rng.randint(20, 900), ctx.rng.randint(0, 200), ctx.rng.randint(0, 150), ctx.rng.randint(0, 120)]
            for p in ['CLSC des Érables', 'CLSC du Vieux-Moulin', 'GMF de la Seigneurie', 'Pharmacie Rioux et Bérubé', 'CHSLD Saint-Aubin']]
    spec['subject'] = ctx.pick(['Allocation des doses – semaine prochaine', 'Répartition des vaccins']) if lang == 'fr' else 'Vaccine allocation – next week'
    spec['text'] = (f'{greet(ctx, lang)}\n\n' + ('Voici la répartition des doses. Les commandes doivent être confirmées avant mardi 16 h. '
                                                 'Rappel : les fioles multidoses entamées se conservent 28 jours.' if lang == 'fr' else
                                                 'Dose allocation below; confirm orders by Tuesday 4 pm.') + '\n\n' +
                    '\n'.join('\t'.join(str(x) for x in row) for row in rows) + '\n\n' + signature(ctx, s, 'dsp', lang, role='Coordonnatrice – Programme de vaccination'))
    return neg(spec, 'vaccine dose allocation by site')


NEG_B = [
    ('staff_schedule', staff_schedule, 'fffef'),
    ('leave_request', leave_request, 'ffef'),
    ('occupational_health', occ_health, 'ffff'),
    ('payroll', payroll, 'ffe'),
    ('job_posting', job_posting, 'ffef'),
    ('committee_notice', committee_notice, 'ffef'),
    ('minutes', minutes, 'ffe'),
    ('training_list', training, 'ffef'),
    ('staff_vcard', staff_vcard, 'ffe'),
    ('social_event', social_event, 'ffe'),
    ('onboarding', onboarding, 'ffe'),
    ('oncall_roster', oncall_roster, 'ffef'),
    ('volunteers', volunteers, 'fe'),
    ('logistics_thread', logistics_thread, 'ffef'),
    ('expense_claim', expense_claim, 'ffe'),
    ('vaccine_allocation', vaccine_allocation, 'ffef'),
]
